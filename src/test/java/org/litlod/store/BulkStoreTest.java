package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk load through the store's API: the loader and its unfinished mark for a new store, transactions otherwise. */
class BulkStoreTest {
    private static final String G = "http://example.org/graph/";

    private static QuadSource labels(String graph, int n) {
        Node g = NodeFactory.createURI(graph);
        return sink -> {
            for (int i = 0; i < n; i++) {
                sink.quad(Quad.create(g, NodeFactory.createURI("http://example.org/s" + i), RDFS.label.asNode(),
                        NodeFactory.createLiteralString("crizotinib " + i)));
            }
        };
    }

    @Test
    void aNewStoreIsMarkedUnfinishedUntilTheLoaderHasFinished(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        BulkStore bulk = BulkStore.open(db);
        assertTrue(bulk.isNew());
        assertFalse(bulk.restarted());
        BulkWriter writer = bulk.writer(BulkStore.Loader.PHASED);
        assertEquals("phased", writer.name());
        assertTrue(Files.exists(db.resolve(BulkStore.INCOMPLETE)), "marked while loading");

        writer.add(labels(G + "1", 3));
        writer.add(labels(G + "2", 2));
        List<BulkWriter.Stage> stages = new ArrayList<>();
        writer.finish(stages::add);

        assertEquals(List.of(BulkWriter.Stage.INDEXING, BulkWriter.Stage.PACKING, BulkWriter.Stage.TEXT_INDEX), stages);
        assertFalse(Files.exists(db.resolve(BulkStore.INCOMPLETE)), "the mark goes when the load has finished");
        assertTrue(Files.isDirectory(db.resolve("Data-0002")) && !Files.exists(db.resolve("Data-0001")),
                "the packed indexes are in a new data folder that replaced the loader's");
        PaperStore store = PaperStore.open(db);
        assertEquals(List.of(G + "1", G + "2"), store.graphs());
        assertEquals(5, store.quadCount());
        assertTrue(Files.isDirectory(db.resolve(TextIndexing.FOLDER)), "the text index was built with the load");
        store.close();
        assertTrue(Compaction.recorded(db) > 0.9 * Compaction.size(db),
                "the loaded store's size is what later loads' growth is measured from");
        assertFalse(Compaction.ifGrown(db, 2, 0).compacted(), "so the next load does not compact the store again");
    }

    @Test
    void aSortedLoadGathersTheRecordsAndWritesEveryIndexFromThem(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        BulkWriter writer = BulkStore.open(db).writer(BulkStore.Loader.SORTED);
        assertEquals("sorted", writer.name());
        writer.add(labels(G + "1", 3));
        writer.add(labels(G + "2", 2));
        List<BulkWriter.Stage> stages = new ArrayList<>();

        assertEquals(5, writer.finish(stages::add));

        assertEquals(List.of(BulkWriter.Stage.INDEXING, BulkWriter.Stage.PACKING, BulkWriter.Stage.TEXT_INDEX), stages);
        assertTrue(Files.isDirectory(db.resolve("Data-0002")) && !Files.exists(db.resolve("Data-0001")),
                "every index was written into one new data folder");
        assertFalse(Files.exists(db.resolve(LoaderWriter.GATHERED)), "the gathered records are gone");
        assertFalse(Files.exists(db.resolve(BulkStore.INCOMPLETE)));
        PaperStore store = PaperStore.open(db);
        assertEquals(5, store.quadCount());
        Node label = NodeFactory.createLiteralString("crizotinib 1");
        assertEquals(Set.of(G + "1", G + "2"), store.graphsWith(RDFS.label.asNode(), label),
                "a pattern with the graph open is answered by an index sorted from the gathered records");
        assertTrue(store.contains(NodeFactory.createURI("http://example.org/s2"), RDFS.label.asNode(),
                NodeFactory.createLiteralString("crizotinib 2")));
        assertEquals(Set.of("http://example.org/s0", "http://example.org/s1", "http://example.org/s2"),
                Set.copyOf(TextHits.of(store, "crizotinib")), "the text index, committed while the indexes were built, holds every label");
        store.close();
    }

    @Test
    void aSortedLoadThatCannotBuildItsIndexesFailsAndStaysUnfinished(@TempDir Path dir) throws IOException {
        Path db = Files.createDirectories(dir.resolve("db"));
        Path mark = Files.writeString(db.resolve(BulkStore.INCOMPLETE), "");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        BulkWriter writer = new LoaderWriter(tdb, db, BulkStore.Loader.SORTED, mark, g -> false, () -> 0);
        writer.add(labels(G + "1", 3));

        IOException e = assertThrows(IOException.class, () -> writer.finish(stage -> { }));

        assertTrue(e.getMessage().contains("not building the indexes"), e.getMessage());
        writer.abort(e);
        assertTrue(writer.warnings().isEmpty(), "not a warning: without its other indexes the store is not usable");
        assertTrue(Files.exists(mark), "the store stays marked unfinished, so the next bulk load starts it again");
    }

    @Test
    void aParallelLoadWithoutTheDiskToPackEndsWithAWarningAndAUsableStore(@TempDir Path dir) throws IOException {
        Path db = Files.createDirectories(dir.resolve("db"));
        Path mark = Files.writeString(db.resolve(BulkStore.INCOMPLETE), "");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        BulkWriter writer = new LoaderWriter(tdb, db, BulkStore.Loader.PARALLEL, mark, g -> false, () -> 0);
        writer.add(labels(G + "1", 3));

        assertEquals(3, writer.finish(stage -> { }));

        assertEquals(1, writer.warnings().size(), writer.warnings().toString());
        assertTrue(writer.warnings().get(0).contains("not packing the indexes"), writer.warnings().toString());
        assertFalse(Files.exists(mark));
        assertEquals(3, PaperStore.open(db).quadCount());
    }

    @Test
    void aStoreWithDataTakesTheLoadOneTransactionPerGraph(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        Graph one = GraphFactory.createDefaultGraph();
        one.add(NodeFactory.createURI("http://example.org/s"), RDFS.label.asNode(), NodeFactory.createLiteralString("x"));
        PaperStore.open(db).replace(G + "0", one, List.of());

        BulkStore bulk = BulkStore.open(db);
        assertFalse(bulk.isNew());
        assertEquals(List.of(G + "0"), bulk.graphs());
        BulkWriter writer = bulk.writer(BulkStore.Loader.PARALLEL);
        assertEquals("transactional", writer.name());
        assertFalse(Files.exists(db.resolve(BulkStore.INCOMPLETE)), "a store with data is never marked");
        writer.add(labels(G + "1", 4));
        writer.finish(stage -> { });

        assertEquals(List.of(G + "0", G + "1"), PaperStore.open(db).graphs());
    }

    @Test
    void aStoreLeftUnfinishedIsEmptiedWhenOpenedAgain(@TempDir Path dir) throws IOException {
        Path db = Files.createDirectories(dir.resolve("db/Data-0001")).getParent();
        Files.writeString(db.resolve("Data-0001/GOSP.dat"), "what a killed bulk load left behind");
        Files.writeString(db.resolve(BulkStore.INCOMPLETE), "");

        BulkStore bulk = BulkStore.open(db);

        assertTrue(bulk.restarted());
        assertTrue(bulk.isNew());
        assertEquals(List.of(), bulk.graphs());
        assertFalse(Files.exists(db.resolve(BulkStore.INCOMPLETE)));
    }
}
