package org.litlod.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.litlod.convert.ConversionException;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.SourceText;
import org.litlod.convert.StreamedInput;
import org.litlod.ids.IriMinter;
import org.litlod.model.Document;
import org.litlod.rdf.DocumentMapper;
import org.litlod.rdf.MappedDocument;
import org.litlod.store.GraphChange;
import org.litlod.store.PaperStore;
import org.litlod.validate.ShapeCheck;
import org.litlod.validate.ShapeViolationException;

/**
 * The publishing pipeline as one facade: converts an input, tags its documents, maps them to
 * RDF, checks them against the shapes and stores each in its own graph, and the descriptions of
 * the entities they name in the graph of entity descriptions shared by the documents of one
 * lexicon ({@link EntityGraphs}).
 *
 * <p>Error ids: LITLOD-LOAD-001 an unexpected failure converting a file, LITLOD-LOAD-002 an
 * unexpected failure mapping or storing a document; warning ids {@value #REPLACES_OTHER_FILE}
 * and {@value #DUPLICATE_IN_FILE}.
 */
public final class Publisher {
    /** A load replaced a graph of the same paper that another file had stored (a warning). */
    public static final String REPLACES_OTHER_FILE = "LITLOD-LOAD-003";
    /** One file holds the same paper twice; the later one is kept (a warning). */
    public static final String DUPLICATE_IN_FILE = "LITLOD-LOAD-004";

    private final ConverterRegistry converters;
    private final Tagging tagging;
    private final IriMinter iris;
    private final DocumentMapper mapper;
    private final ShapeCheck shapes;

    /**
     * @param converters the input formats
     * @param tagging    adds entity mentions to a document ({@link Tagging#NONE} for none)
     * @param iris       mints the IRIs of the published data
     * @param mapper     maps documents to RDF with those IRIs
     * @param shapes     the SHACL check every document graph must pass
     */
    public Publisher(ConverterRegistry converters, Tagging tagging, IriMinter iris,
                     DocumentMapper mapper, ShapeCheck shapes) {
        this.converters = Objects.requireNonNull(converters);
        this.tagging = Objects.requireNonNull(tagging);
        this.iris = Objects.requireNonNull(iris);
        this.mapper = Objects.requireNonNull(mapper);
        this.shapes = Objects.requireNonNull(shapes);
    }

    /** The base of the IRIs this pipeline mints. */
    public String base() {
        return iris.base();
    }

    /**
     * What decides the output of this pipeline beyond its input: the IRI base, the lexicon
     * version, the mention detail and each converter's version. Work kept for resuming is valid only for the same
     * fingerprint. It does not cover litlod's own mapper and shapes, which change only with a
     * new release: a new release starts with an empty work folder.
     */
    public String fingerprint() {
        StringBuilder b = new StringBuilder("base ").append(iris.base()).append("\nlexicon ")
                .append(tagging.lexiconVersion()).append("\nmentions ").append(mapper.detail().label()).append('\n');
        converters.formats().forEach(f -> b.append("converter ").append(f.name()).append(' ')
                .append(converters.converter(f.name()).orElseThrow().version()).append('\n'));
        return b.toString();
    }

    /** Whether {@code graphIri} is a graph of entity descriptions shared by documents, not a document's graph. */
    public boolean isEntityGraph(String graphIri) {
        return iris.isEntityGraph(graphIri);
    }

    /**
     * Removes the shared graphs of entity descriptions that no document graph in the store
     * requires any more ({@link EntityGraphs#prune}); a load does it at its end.
     */
    void retireEntityGraphs(PaperStore store) {
        EntityGraphs.prune(store, iris);
    }

    /** The version of each converter, by format name. */
    private Map<String, String> converterVersions() {
        Map<String, String> out = new HashMap<>();
        converters.formats().forEach(f -> out.put(f.name(), converters.converter(f.name()).orElseThrow().version()));
        return out;
    }

    /** Converts and tags one input: the neutral model of its documents. */
    public List<Document> documents(SourceText in) throws ConversionException {
        List<Document> out = new ArrayList<>();
        for (Document d : converters.convert(in)) {
            out.add(tagging.tagger().apply(d));
        }
        return out;
    }

    /** Converts, tags, maps and checks one input; fails as a whole on the first bad document. */
    public List<MappedDocument> publish(SourceText in) throws ConversionException, ShapeViolationException {
        List<MappedDocument> out = new ArrayList<>();
        for (Document d : documents(in)) {
            out.add(checked(d));
        }
        return out;
    }

    /**
     * Converts one input whole, then tags, maps and checks each of its documents on its own and
     * hands the result over in chunks of at most {@code chunk} documents as they are done, so
     * that a bulk load stores the first documents of a file while the others are tagged. A
     * document that fails is left out with its message, and the others are kept.
     *
     * @throws ConversionException when the input itself cannot be converted; nothing is handed over
     */
    public void publishEach(SourceText in, int chunk, Consumer<PublishedInput> sink) throws ConversionException {
        Chunks chunks = new Chunks(in.name(), chunk, sink);
        converters.convert(in).forEach(chunks::add);
        chunks.end();
    }

    /**
     * As {@link #publishEach(SourceText, int, Consumer)} for an input read as a stream (for files
     * too large to hold, in a format that streams), which is converted as it is read: memory holds
     * one chunk whatever the size of the input.
     *
     * @throws ConversionException when the input stops being convertible; the chunks handed over
     *                             before stay valid, the rest of the input is lost
     */
    public void publishEach(StreamedInput in, int chunk, Consumer<PublishedInput> sink) throws ConversionException {
        Chunks chunks = new Chunks(in.name(), chunk, sink);
        converters.stream(in, chunks::add);
        chunks.end();
    }

    /** The documents of one input tagged, mapped and checked one by one, and handed over a chunk at a time. */
    private final class Chunks {
        private final String name;
        private final int size;
        private final Consumer<PublishedInput> sink;
        private final List<MappedDocument> out = new ArrayList<>();
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Chunks(String name, int size, Consumer<PublishedInput> sink) {
            this.name = name;
            this.size = size;
            this.sink = sink;
        }

        void add(Document converted) {
            Document d = tagging.tagger().apply(converted);
            eachChecked(name, d, errors, m -> {
                out.add(m);
                warnings.addAll(d.warnings());
            });
            if (out.size() + errors.size() >= size) {
                handOver();
            }
        }

        /** Hands over the last chunk, which may be empty (an input of no document still reports). */
        void end() {
            handOver();
        }

        private void handOver() {
            sink.accept(new PublishedInput(out, errors, warnings));
            out.clear();
            errors.clear();
            warnings.clear();
        }
    }

    /** Maps one document to RDF and checks it against the shapes. */
    private MappedDocument checked(Document d) throws ShapeViolationException {
        MappedDocument m = mapper.map(d, tagging.lexiconVersion());
        shapes.check(m);
        return m;
    }

    /**
     * Maps and checks one document and hands it to {@code use}; a failure of either (or of
     * {@code use}) becomes one message in {@code errors}, with its id, and nothing else.
     */
    private void eachChecked(String name, Document d, List<String> errors, Consumer<MappedDocument> use) {
        try {
            use.accept(checked(d));
        } catch (ShapeViolationException e) {
            errors.add(e.getMessage());
        } catch (RuntimeException e) {
            errors.add("LITLOD-LOAD-002 " + name + " (" + d.title() + "): " + e.getMessage());
        }
    }

    /**
     * Loads the inputs into the store, each document replacing its graph, the documents of many
     * inputs in one write transaction (see {@link LoadBatch}). A document that fails leaves
     * nothing behind and the others still load.
     *
     * @param skipUnchanged leave an input alone when the store already holds graphs made from
     *                      exactly these bytes (see {@link StoredSource})
     */
    public LoadReport load(PaperStore store, List<SourceText> inputs, boolean skipUnchanged) {
        LoadBatch batch = new LoadBatch(store);
        for (SourceText in : inputs) {
            load(batch, in, skipUnchanged);
        }
        LoadReport report = new LoadReport(batch.flush());
        retireEntityGraphs(store);
        return report;
    }

    /**
     * Adds the graphs of one input to {@code batch}: its validated documents replace their
     * graphs, and when all of them passed, the graphs an earlier load of the same file stored
     * and this one does not are removed.
     */
    void load(LoadBatch batch, SourceText in, boolean skipUnchanged) {
        PaperStore store = batch.store();
        String name = in.name();
        String published = in.published();
        if (skipUnchanged && unchanged(batch, in)) {
            batch.done(new FileOutcome(name, FileOutcome.Status.UNCHANGED, List.of(), List.of()));
            return;
        }
        Node label = NodeFactory.createLiteralString(published);
        Set<String> previous = documentGraphsFrom(store, label);
        if (previous.stream().anyMatch(g -> batch.pendingSource(g).isPresent())) {
            batch.write();
            previous = documentGraphsFrom(store, label);
        }
        List<GraphChange> changes = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            for (Document d : documents(in)) {
                eachChecked(name, d, errors, m -> {
                    warnings.addAll(d.warnings());
                    warnings.addAll(replacementWarnings(batch, name, published, m.graphIri(), stored, d));
                    changes.addAll(changesOf(m));
                    stored.add(m.graphIri());
                });
            }
        } catch (ConversionException e) {
            errors.add(e.getMessage());
        } catch (RuntimeException e) {
            errors.add("LITLOD-LOAD-001 " + name + ": " + e);
        }
        if (errors.isEmpty()) {
            previous.stream().filter(g -> !stored.contains(g)).forEach(g -> changes.add(GraphChange.remove(g)));
        }
        FileOutcome.Status status = errors.isEmpty() ? FileOutcome.Status.LOADED
                : stored.isEmpty() ? FileOutcome.Status.FAILED : FileOutcome.Status.PARTLY_FAILED;
        batch.add(published, new FileOutcome(name, status, stored, errors, warnings), changes);
    }

    /** What storing a mapped document writes: its graph, and its entities merged into the shared graph. */
    private static List<GraphChange> changesOf(MappedDocument m) {
        return m.entities().isEmpty() ? List.of(GraphChange.replace(m.graphIri(), m.graph()))
                : List.of(GraphChange.replace(m.graphIri(), m.graph()), GraphChange.merge(m.entityGraphIri(), m.entities()));
    }

    /** The document graphs an earlier load of the file published under {@code label} stored. */
    private Set<String> documentGraphsFrom(PaperStore store, Node label) {
        Set<String> out = new TreeSet<>(store.graphsWith(RDFS.label.asNode(), label));
        out.removeIf(iris::isEntityGraph);
        return out;
    }

    /**
     * Whether the store holds the input unchanged; not when a waiting write of the batch replaces
     * one of its graphs (the same paper in another file), as the store then no longer will.
     */
    private boolean unchanged(LoadBatch batch, SourceText in) {
        return StoredSource.unchanged(batch.store(), iris.sourceFile(in.sha256()), in.published(),
                converterVersions(), tagging.lexiconVersion(), iris.entityGraph(tagging.lexiconVersion()),
                g -> batch.pendingSource(g).isPresent());
    }

    /**
     * Loads one input read as a stream, one document at a time (for files too large to hold,
     * in a format that streams), each document in its own write transaction. As its documents
     * commit one by one, a load of it that was interrupted leaves the first of them stored,
     * and such a file then counts as unchanged: load it again with {@code skipUnchanged} false.
     */
    public FileOutcome load(PaperStore store, StreamedInput in, boolean skipUnchanged) {
        if (skipUnchanged && StoredSource.unchanged(store, iris.sourceFile(in.sha256()), in.published(),
                converterVersions(), tagging.lexiconVersion(), iris.entityGraph(tagging.lexiconVersion()), g -> false)) {
            return new FileOutcome(in.name(), FileOutcome.Status.UNCHANGED, List.of(), List.of());
        }
        return loadFile(store, in.name(), in.published(),
                sink -> converters.stream(in, d -> sink.accept(tagging.tagger().apply(d))));
    }

    /**
     * Whether a file is larger than {@code bytes} and in a format that streams: such a file is
     * read one document at a time rather than whole.
     */
    boolean readsAsStream(java.nio.file.Path file, long bytes) throws java.io.IOException {
        return java.nio.file.Files.size(file) > bytes
                && streams(InputFiles.head(file, ConverterRegistry.DETECTION_HEAD));
    }

    /** Whether an input whose first bytes are {@code head} is in a format that streams. */
    public boolean streams(byte[] head) {
        return converters.streams(head);
    }

    /** Where the documents of one input come from, handed over one at a time. */
    @FunctionalInterface
    private interface DocumentSource {
        void each(Consumer<Document> sink) throws ConversionException;
    }

    /**
     * @param name      the input as given, for messages
     * @param published the name the source file is published under (its label), which
     *                  identifies the graphs an earlier load of the same file stored
     */
    private FileOutcome loadFile(PaperStore store, String name, String published, DocumentSource source) {
        Set<String> previous = documentGraphsFrom(store, NodeFactory.createLiteralString(published));
        List<String> stored = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try {
            source.each(d -> storeOne(store, name, published, d, stored, errors, warnings));
        } catch (ConversionException e) {
            errors.add(e.getMessage());
        } catch (RuntimeException e) {
            errors.add("LITLOD-LOAD-001 " + name + ": " + e);
        }
        Set<String> obsolete = new LinkedHashSet<>(previous);
        obsolete.removeAll(stored);
        if (errors.isEmpty()) {
            store.remove(obsolete);
            retireEntityGraphs(store);
        }
        FileOutcome.Status status = errors.isEmpty() ? FileOutcome.Status.LOADED
                : stored.isEmpty() ? FileOutcome.Status.FAILED : FileOutcome.Status.PARTLY_FAILED;
        return new FileOutcome(name, status, stored, errors, warnings);
    }

    /** Maps, checks and stores one document; a failure is recorded and leaves nothing behind. */
    private void storeOne(PaperStore store, String name, String published, Document d, List<String> stored,
                          List<String> errors, List<String> warnings) {
        eachChecked(name, d, errors, m -> {
            warnings.addAll(d.warnings());
            warnings.addAll(replacementWarnings(store, name, published, m.graphIri(), stored, d));
            store.apply(changesOf(m));
            stored.add(m.graphIri());
        });
    }

    /** As below, when a waiting write of the batch may be what the graph is replaced from. */
    private static List<String> replacementWarnings(LoadBatch batch, String file, String published,
                                                    String graphIri, List<String> storedFromThisFile, Document d) {
        java.util.Optional<String> pending = batch.pendingSource(graphIri);
        if (pending.isEmpty() || storedFromThisFile.contains(graphIri)) {
            return replacementWarnings(batch.store(), file, published, graphIri, storedFromThisFile, d);
        }
        return pending.get().equals(published) ? List.of() : List.of(REPLACES_OTHER_FILE + " " + file
                + ": replaces graph <" + graphIri + "> of the same paper loaded from " + pending.get());
    }

    /**
     * Warnings when storing {@code graphIri} replaces what another file, or an earlier document
     * of this file, stored under the same graph: the same paper (same DOI, PMID or PMCID) given
     * twice. The later one wins.
     */
    private static List<String> replacementWarnings(PaperStore store, String file, String published,
                                                    String graphIri, List<String> storedFromThisFile, Document d) {
        if (storedFromThisFile.contains(graphIri)) {
            return List.of(DUPLICATE_IN_FILE + " " + file + ": the file holds the same paper twice ("
                    + d.title() + "); the later one replaces the earlier in <" + graphIri + ">");
        }
        List<String> out = new ArrayList<>();
        for (String other : GraphSources.of(store, graphIri)) {
            if (!other.equals(published)) {
                out.add(REPLACES_OTHER_FILE + " " + file + ": replaces graph <" + graphIri
                        + "> of the same paper loaded from " + other);
            }
        }
        return out;
    }
}
