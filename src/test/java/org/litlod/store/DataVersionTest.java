package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataVersionTest {
    private static Graph graph(String title) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("http://example.org/p"), NodeFactory.createURI("http://purl.org/dc/terms/title"),
                NodeFactory.createLiteralString(title));
        return g;
    }

    @Test
    void theVersionChangesWithEveryChangeAndOnlyThen(@TempDir Path dir) {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        DataVersion empty = store.version();
        assertEquals(empty, store.version(), "no write, same version");
        store.replace("http://example.org/g1", graph("one"), List.of());
        DataVersion one = store.version();
        assertNotEquals(empty.tag(), one.tag());
        assertTrue(one.modified().isAfter(empty.modified()), "a new version is dated after the old one");
        store.replace("http://example.org/g2", graph("two"), List.of());
        DataVersion two = store.version();
        assertNotEquals(one.tag(), two.tag());
        store.remove(List.of("http://example.org/g2"));
        assertEquals(one.tag(), store.version().tag(), "the tag follows the content, not the history");
        assertEquals("\"" + one.tag() + "\"", one.etag());
    }

    @Test
    void aSecondViewOfTheSameDatabaseSeesTheSameVersion(@TempDir Path dir) {
        PaperStore a = PaperStore.open(dir.resolve("db"));
        PaperStore b = PaperStore.open(dir.resolve("db"));
        a.replace("http://example.org/g1", graph("one"), List.of());
        String first = a.version().tag();
        assertEquals(first, b.version().tag());
        b.replace("http://example.org/g1", graph("one, revised"), List.of());
        DataVersion revised = b.version();
        assertNotEquals(first, revised.tag(), "same size, different content, new version");
        assertEquals(revised.tag(), a.version().tag(), "a write through one view is seen by the other");
    }
}
