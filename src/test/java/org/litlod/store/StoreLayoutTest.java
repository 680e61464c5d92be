package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New stores have four quad indexes (GSPO, SPOG, POSG, OSPG), keep them through compaction, and
 * answer patterns with the graph named and the subject not as well as any other; stores made
 * with TDB2's six keep their six.
 */
class StoreLayoutTest {
    private static final Set<String> FOUR = Set.of("GSPO", "SPOG", "POSG", "OSPG");
    private static final Set<String> SIX = Set.of("GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");

    @Test
    void aNewStoreHasFourQuadIndexesAndAnswersGraphPatternsWithoutTheOthers(@TempDir Path dir) {
        Path db = dir.resolve("db");
        PaperStore store = PaperStore.open(db);
        try {
            fill(store);
            assertEquals(FOUR, StoreLayout.quadIndexes(store.datasetGraph()));
            assertEquals(FOUR, quadIndexFiles(db));
            assertTrue(Files.isRegularFile(db.resolve("tdb.cfg")), "the layout is recorded for TDB2 and Fuseki");
            assertAnswers(store.datasetGraph());
        } finally {
            store.close();
        }
    }

    @Test
    void compactionKeepsTheLayout(@TempDir Path dir) {
        Path db = dir.resolve("db");
        PaperStore store = PaperStore.open(db);
        fill(store);
        fill(store);
        long quads = store.quadCount();
        assertTrue(Compaction.run(db).compacted());
        assertEquals(FOUR, quadIndexFiles(db), "TDB2 compacts into six indexes; the two unused are not kept");
        PaperStore again = PaperStore.open(db);
        try {
            assertEquals(FOUR, StoreLayout.quadIndexes(again.datasetGraph()));
            assertEquals(quads, again.quadCount());
            assertAnswers(again.datasetGraph());
            again.replace("http://example.org/g9", paper(9), List.of());
            assertEquals(Set.of("http://example.org/g9"), again.graphsWith(RDFS.label.asNode(),
                    NodeFactory.createLiteralString("paper 9")));
        } finally {
            again.close();
        }
    }

    @Test
    void aStoreMadeWithTdb2sSixIndexesKeepsThem(@TempDir Path dir) {
        Path db = dir.resolve("db");
        DatasetGraph plain = DatabaseMgr.connectDatasetGraph(db.toString());
        Txn.executeWrite(plain, () -> { });
        TDBInternal.expel(plain);
        PaperStore store = PaperStore.open(db);
        fill(store);
        assertEquals(SIX, StoreLayout.quadIndexes(store.datasetGraph()));
        store.close();
        Compaction.run(db);
        assertEquals(SIX, quadIndexFiles(db));
        PaperStore again = PaperStore.open(db);
        try {
            assertEquals(SIX, StoreLayout.quadIndexes(again.datasetGraph()));
            assertAnswers(again.datasetGraph());
        } finally {
            again.close();
        }
    }

    @Test
    void aSortedBulkLoadBuildsTheSameFour(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        BulkWriter writer = BulkStore.open(db).writer(BulkStore.Loader.SORTED);
        add(writer, 1);
        add(writer, 2);
        assertEquals(4, writer.finish(stage -> { }));
        assertEquals(FOUR, quadIndexFiles(db));
        PaperStore store = PaperStore.open(db);
        try {
            assertEquals(FOUR, StoreLayout.quadIndexes(store.datasetGraph()));
            assertAnswers(store.datasetGraph());
        } finally {
            store.close();
        }
    }

    @Test
    void tdb2sOwnLoadersGetTdb2sSixIndexes(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        BulkStore bulk = BulkStore.open(db);
        assertEquals(FOUR, quadIndexFiles(db));
        BulkWriter writer = bulk.writer(BulkStore.Loader.PARALLEL);
        add(writer, 1);
        assertEquals(2, writer.finish(stage -> { }));
        assertEquals(SIX, quadIndexFiles(db), "TDB2's parallel loader names all six");
        PaperStore store = PaperStore.open(db);
        try {
            assertEquals(2, store.quadCount());
        } finally {
            store.close();
        }
    }

    @Test
    void onlyTupleIndexFilesOutsideTheLayoutAreUnused() {
        Set<String> live = Set.of("GSPO", "SPOG", "POSG", "OSPG", "SPO", "POS", "OSP");
        assertTrue(StoreLayout.isUnusedIndexFile("GPOS.dat", live));
        assertTrue(StoreLayout.isUnusedIndexFile("GOSP.bpt", live));
        assertFalse(StoreLayout.isUnusedIndexFile("GSPO.idn", live));
        assertFalse(StoreLayout.isUnusedIndexFile("SPO.dat", live));
        assertTrue(StoreLayout.isUnusedIndexFile("PSO.dat", live), "a triple index the database does not use");
        assertFalse(StoreLayout.isUnusedIndexFile("nodes.dat", live));
        assertFalse(StoreLayout.isUnusedIndexFile("GPU.dat", live), "the prefix index");
        assertFalse(StoreLayout.isUnusedIndexFile("GGSP.dat", live), "not a permutation");
        assertFalse(StoreLayout.isUnusedIndexFile("tdb.cfg", live));
        assertFalse(StoreLayout.isUnusedIndexFile("GPOS", live), "no extension");
    }

    /** Two papers, each naming the other's subject as an object. */
    private static void fill(PaperStore store) {
        store.replace("http://example.org/g1", paper(1), List.of());
        store.replace("http://example.org/g2", paper(2), List.of());
    }

    /** Hands paper {@code i} to a bulk load, in graph {@code g<i>}. */
    private static void add(BulkWriter writer, int i) throws IOException {
        Graph g = paper(i);
        Node name = NodeFactory.createURI("http://example.org/g" + i);
        writer.add(sink -> g.find().forEach(t -> sink.quad(new Quad(name, t))));
    }

    private static Graph paper(int i) {
        Graph g = GraphFactory.createDefaultGraph();
        Node s = NodeFactory.createURI("http://example.org/p" + i);
        g.add(s, RDFS.label.asNode(), NodeFactory.createLiteralString("paper " + i));
        g.add(s, RDFS.seeAlso.asNode(), NodeFactory.createURI("http://example.org/p" + (3 - i)));
        return g;
    }

    /** The patterns GPOS and GOSP would serve: graph and predicate, graph and object. */
    private static void assertAnswers(DatasetGraph dsg) {
        assertEquals(List.of("http://example.org/p1"), select(dsg,
                "SELECT ?s { GRAPH <http://example.org/g1> { ?s <" + RDFS.seeAlso.getURI() + "> ?o } }"));
        assertEquals(List.of("http://example.org/p2"), select(dsg,
                "SELECT ?s { GRAPH <http://example.org/g2> { ?s ?p <http://example.org/p1> } }"));
        assertEquals(List.of("http://example.org/g1"), select(dsg,
                "SELECT ?g { GRAPH ?g { ?s <" + RDFS.label.getURI() + "> \"paper 1\" } }"));
    }

    private static List<String> select(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
                List<String> out = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(row -> out.add(row.get(row.varNames().next()).toString()));
                return out;
            }
        });
    }

    private static Set<String> quadIndexFiles(Path db) {
        try (Stream<Path> files = Files.walk(db)) {
            Set<String> names = new TreeSet<>();
            files.map(f -> f.getFileName().toString()).filter(n -> n.matches("[GSPO]{4}\\.dat")).forEach(n -> names.add(n.substring(0, 4)));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
