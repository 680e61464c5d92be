package org.litlod.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.litlod.store.PaperStore;

/** The project's seed documents loaded through the standard pipeline into a fresh store. */
public final class SeedCorpus {
    /** The folder of the seeds, relative to the project root (the tests' working directory). */
    public static final Path SEEDS = Path.of("seeds");
    /**
     * Documents of our own that the example queries about relations need besides the seeds
     * (CDR-style abstracts with chemical-induced-disease relations).
     */
    public static final Path EXAMPLES = Path.of("ontology", "queries", "corpus");
    /** The IRI base the expected results of the example queries are written with. */
    public static final String BASE = "http://localhost:3030/";

    private SeedCorpus() {
    }

    /** The standard pipeline with the built-in lexicon, as {@code serve} runs it. */
    public static Publisher publisher() {
        try {
            return Publishers.standard(BASE, Publishers.lexicon(null));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Loads the seeds and {@link #EXAMPLES}, what the example queries' results are over, into a new store. */
    public static PaperStore loadWithExamples(Path dir) throws IOException {
        PaperStore store = load(dir);
        addExamples(store);
        return store;
    }

    /** Loads {@link #EXAMPLES} into {@code store}. */
    public static void addExamples(PaperStore store) {
        LoadReport report = Loading.run(publisher(), store, List.of(EXAMPLES), false);
        if (!report.ok()) {
            throw new IllegalStateException("example corpus did not load: " + report);
        }
    }

    /** The documents' graphs in the store, sorted: every named graph but the shared graphs of entity descriptions. */
    public static List<String> documentGraphs(PaperStore store) {
        return store.graphs().stream().filter(g -> !g.contains("/graph/entities/")).toList();
    }

    /** Loads the seeds into a new store under {@code dir}. */
    public static PaperStore load(Path dir) throws IOException {
        PaperStore store = PaperStore.open(dir);
        LoadReport report = Loading.run(publisher(), store, List.of(SEEDS), false);
        if (!report.ok()) {
            throw new IllegalStateException("seeds did not load: " + report);
        }
        return store;
    }
}
