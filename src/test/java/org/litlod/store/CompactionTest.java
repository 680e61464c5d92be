package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compaction gives back the space of replaced data, keeps the data and the text index working. */
class CompactionTest {
    @Test
    void compactionShrinksARewrittenStoreAndKeepsDataAndTextIndex(@TempDir Path dir) {
        Path db = dir.resolve("db");
        PaperStore store = PaperStore.open(db);
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 20; i++) {
                store.replace("http://example.org/g" + i, labelled(i), List.of());
            }
        }
        long quads = store.quadCount();
        Compaction.Result r = Compaction.run(db);
        assertTrue(r.compacted());
        // TDB2 grows its files in steps of 8 MB, so a store this small keeps its size; the old
        // generation of files is gone and a new one holds the data.
        assertTrue(r.after() <= r.before(), r.toString());
        assertEquals(List.of("Data-0003"), dataFolders(db), "compacted into Data-0002, then packed into Data-0003");
        assertEquals(r.after(), Compaction.recorded(db));

        PaperStore again = PaperStore.open(db);
        try {
            assertEquals(quads, again.quadCount());
            assertEquals(List.of("http://example.org/e7"), TextHits.of(again, "kinase7"));
            again.replace("http://example.org/new", labelled(99), List.of());
            assertEquals(List.of("http://example.org/e99"), TextHits.of(again, "kinase99"), "writes still reach the index");
        } finally {
            again.close();
        }
    }

    @Test
    void automaticCompactionWaitsUntilTheStoreHasGrownEnough(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        PaperStore store = PaperStore.open(db);
        store.replace("http://example.org/g", labelled(1), List.of());
        store.close();
        assertFalse(Compaction.ifGrown(db, 2, Long.MAX_VALUE).compacted(), "below the minimum");
        assertFalse(Compaction.ifGrown(db, 0, 0).compacted(), "turned off");
        assertFalse(Compaction.ifGrown(db, 2, 0).compacted(), "not grown since the store was made");
        assertTrue(Compaction.ifGrown(db, 0.5, 0).compacted(), "grown past the factor");
        assertFalse(Compaction.ifGrown(db, 2, 0).compacted(), "not grown since");
        java.nio.file.Files.delete(db.resolve(Compaction.RECORD));
        assertTrue(Compaction.ifGrown(db, 2, 0).compacted(), "a store made before sizes were recorded");
    }

    private static List<String> dataFolders(Path db) {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(db)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Graph labelled(int i) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("http://example.org/e" + i), RDFS.label.asNode(),
                NodeFactory.createLiteralString("anaplastic lymphoma kinase" + i));
        return g;
    }

}
