package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.ids.IriMinter;
import org.litlod.rdf.DocumentMapper;
import org.litlod.store.BulkStore;
import org.litlod.store.DatasetDump;
import org.litlod.store.DumpFormat;
import org.litlod.store.PaperStore;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.lexicon.Lexicons;
import org.litlod.validate.ShapeCheck;

/**
 * Entity descriptions are stored once, in the shared graph of the lexicon's version: loads,
 * reloads, removals, a lexicon change, bulk loads into a new and into a used store, dumps and
 * {@code convert} output, on a real TDB2 store.
 */
class SharedEntityGraphTest {
    private static final String BASE = SeedCorpus.BASE;
    private static final Path SUMMARY = SeedCorpus.SEEDS.resolve("000_93911e03ce8ac8a2.txt");
    private static final Path WEB_ARTICLE = SeedCorpus.SEEDS.resolve("002_ded442ce58b4f461.txt");
    /** All three seeds mention ALK. */
    private static final Node ALK = NodeFactory.createURI("http://identifiers.org/ncbigene/238");
    private static final Node IDENTIFIER = DCTerms.identifier.asNode();

    /** The standard pipeline with the built-in lexicon, as if its version were {@code lexiconVersion}. */
    private static Publisher pipeline(String lexiconVersion) {
        Lexicon lexicon = Lexicons.builtin();
        IriMinter iris = new IriMinter(BASE);
        return new Publisher(ConverterRegistry.standard(), new Tagging(Publishers.tagger(lexicon)::tag, lexiconVersion),
                iris, new DocumentMapper(iris, lexicon::equivalents, PreferredLabels.of(lexicon)), ShapeCheck.standard());
    }

    private static String entityGraph(String lexiconVersion) {
        return new IriMinter(BASE).entityGraph(lexiconVersion);
    }

    /** The graphs that hold a triple about {@code entity}. */
    private static List<String> graphsDescribing(PaperStore store, Node entity) {
        return store.read(dsg -> {
            java.util.TreeSet<String> out = new java.util.TreeSet<>();
            dsg.find(Node.ANY, entity, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.getGraph().getURI()));
            return List.copyOf(out);
        });
    }

    private static Path folderWith(Path dir, Path... files) throws Exception {
        Files.createDirectories(dir);
        for (Path f : files) {
            Files.copy(f, dir.resolve(f.getFileName()));
        }
        return dir;
    }

    @Test
    void descriptionsAreStoredOnceInTheSharedGraph(@TempDir Path dir) throws Exception {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        LoadReport r = Loading.run(pipeline("v1"), store, List.of(SeedCorpus.SEEDS), true);
        assertTrue(r.ok(), r.toString());
        assertEquals(List.of(entityGraph("v1")), graphsDescribing(store, ALK), "ALK is described in the shared graph only");
        assertTrue(store.contains(ALK, IDENTIFIER, NodeFactory.createLiteralString("238")));
        for (String g : r.files().stream().flatMap(f -> f.graphs().stream()).toList()) {
            boolean requires = store.read(dsg -> dsg.contains(NodeFactory.createURI(g), NodeFactory.createURI(g),
                    DCTerms.requires.asNode(), NodeFactory.createURI(entityGraph("v1"))));
            assertTrue(requires, g + " requires the shared graph");
        }
        long quads = store.quadCount();
        LoadReport again = Loading.run(pipeline("v1"), store, List.of(SeedCorpus.SEEDS), true);
        assertEquals(3, again.count(FileOutcome.Status.UNCHANGED));
        Loading.run(pipeline("v1"), store, List.of(SeedCorpus.SEEDS), false);
        assertEquals(quads, store.quadCount(), "loading the same documents again adds no description");
    }

    @Test
    void removingADocumentKeepsWhatOthersNeedAndTheLastOneTakesTheGraph(@TempDir Path dir) throws Exception {
        Path in = folderWith(dir.resolve("in"), SUMMARY, WEB_ARTICLE);
        PaperStore store = PaperStore.open(dir.resolve("db"));
        Loading.run(pipeline("v1"), store, List.of(in), true);
        String summaryGraph = store.graphs().stream().filter(g -> g.contains("s41375")).findFirst().orElseThrow();
        store.remove(List.of(summaryGraph));
        EntityGraphs.prune(store, new IriMinter(BASE));
        assertTrue(store.graphs().contains(entityGraph("v1")), "the web article still requires the shared graph");
        assertTrue(store.contains(ALK, IDENTIFIER, Node.ANY), "a description no document names any more stays");

        String articleGraph = store.graphs().stream().filter(g -> !g.equals(entityGraph("v1"))).findFirst().orElseThrow();
        store.remove(List.of(articleGraph));
        EntityGraphs.prune(store, new IriMinter(BASE));
        assertEquals(List.of(), store.graphs(), "no document requires the shared graph: it is removed");
    }

    @Test
    void anotherLexiconVersionReloadsAndRetiresTheOldSharedGraph(@TempDir Path dir) throws Exception {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        Loading.run(pipeline("v1"), store, List.of(SeedCorpus.SEEDS), true);
        LoadReport second = Loading.run(pipeline("v2"), store, List.of(SeedCorpus.SEEDS), true);
        assertEquals(3, second.count(FileOutcome.Status.LOADED), "documents naming entities of another lexicon are not unchanged");
        assertFalse(store.graphs().contains(entityGraph("v1")), "no document requires the old shared graph any more");
        assertEquals(List.of(entityGraph("v2")), graphsDescribing(store, ALK));
    }

    @Test
    void bulkLoadsWriteTheSharedGraphAndAddToItInAUsedStore(@TempDir Path dir) throws Exception {
        Path first = folderWith(dir.resolve("a"), SUMMARY);
        Path second = folderWith(dir.resolve("b"), WEB_ARTICLE);
        Path db = dir.resolve("db");
        Publisher p = pipeline("v1");
        new BulkLoad(p, 2, BulkStore.Loader.PARALLEL, Duration.ofMinutes(1), x -> { }, x -> { }).run(List.of(first), db);
        List<Node> described;
        try (PaperStore store = PaperStore.open(db)) {
            assertEquals(List.of(entityGraph("v1")), graphsDescribing(store, ALK));
            described = store.read(dsg -> {
                List<Node> out = new java.util.ArrayList<>();
                dsg.find(NodeFactory.createURI(entityGraph("v1")), Node.ANY, IDENTIFIER, Node.ANY)
                        .forEachRemaining(q -> out.add(q.getSubject()));
                return out;
            });
            assertTrue(described.size() > 5, described.toString());
        }
        new BulkLoad(p, 2, BulkStore.Loader.PARALLEL, Duration.ofMinutes(1), x -> { }, x -> { }).run(List.of(second), db);
        try (PaperStore store = PaperStore.open(db)) {
            for (Node e : described) {
                assertTrue(store.contains(e, IDENTIFIER, Node.ANY), e + ": the second bulk load added to the shared graph"
                        + " rather than replacing it");
            }
            assertEquals(3, store.graphs().size());
            ByteArrayOutputStream dump = new ByteArrayOutputStream();
            DatasetDump.write(store, DumpFormat.TRIG, dump);
            DatasetGraph dumped = DatasetGraphFactory.createGeneral();
            RDFParser.fromString(dump.toString(StandardCharsets.UTF_8), Lang.TRIG).parse(dumped);
            assertTrue(dumped.contains(NodeFactory.createURI(entityGraph("v1")), ALK, IDENTIFIER, Node.ANY),
                    "the dump holds the shared graph");
            assertEquals(store.quadCount(), dumped.stream().count());
        }
    }

    @Test
    void convertedOutputIsSelfDescribing(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        assertEquals(List.of(), Conversion.run(pipeline("v1"), List.of(SUMMARY, WEB_ARTICLE), "trig", trig));
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(trig.toString(StandardCharsets.UTF_8), Lang.TRIG).parse(ds);
        assertTrue(ds.contains(NodeFactory.createURI(entityGraph("v1")), ALK, IDENTIFIER, Node.ANY),
                "TriG output holds the descriptions in the shared graph, as a store does");
        java.util.List<Node> graphs = new java.util.ArrayList<>();
        ds.listGraphNodes().forEachRemaining(graphs::add);
        assertEquals(3, graphs.size(), graphs.toString());

        ByteArrayOutputStream ttl = new ByteArrayOutputStream();
        Conversion.run(pipeline("v1"), List.of(SUMMARY), "ttl", ttl);
        org.apache.jena.graph.Graph g = RDFParser.fromString(ttl.toString(StandardCharsets.UTF_8), Lang.TURTLE).toGraph();
        assertTrue(g.contains(ALK, IDENTIFIER, NodeFactory.createLiteralString("238")), "Turtle merges them in");
    }
}
