package org.litlod.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.litlod.store.PaperStore;

/** The project's seed documents loaded through the standard pipeline into a fresh store. */
public final class SeedCorpus {
    /** The folder of the seeds, relative to the project root (the tests' working directory). */
    public static final Path SEEDS = Path.of("seeds");
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
