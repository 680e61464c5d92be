package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperStoreTest {
    private static final Node P = NodeFactory.createURI("http://example.org/p");
    private static final Node SRC = NodeFactory.createURI("http://example.org/source");

    private static Graph graph(String source, int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            g.add(NodeFactory.createURI("http://example.org/s" + i), P, NodeFactory.createLiteralString("v" + i));
        }
        g.add(NodeFactory.createURI("http://example.org/doc"), SRC, NodeFactory.createLiteralString(source));
        return g;
    }

    @Test
    void replaceIsIdempotentAndReplacesOldContent(@TempDir Path dir) {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        store.replace("http://example.org/g1", graph("a.txt", 5), List.of());
        store.replace("http://example.org/g1", graph("a.txt", 5), List.of());
        assertEquals(6, store.quadCount());
        store.replace("http://example.org/g1", graph("a.txt", 2), List.of());
        assertEquals(3, store.quadCount(), "old triples of the graph must be gone");
        assertEquals(List.of("http://example.org/g1"), store.graphs());
    }

    @Test
    void obsoleteGraphsAreRemovedInTheSameTransaction(@TempDir Path dir) {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        store.replace("http://example.org/old", graph("a.txt", 3), List.of());
        store.replace("http://example.org/other", graph("b.txt", 1), List.of());
        Set<String> fromA = store.graphsWith(SRC, NodeFactory.createLiteralString("a.txt"));
        assertEquals(Set.of("http://example.org/old"), fromA);
        store.replace("http://example.org/new", graph("a.txt", 1), fromA);
        assertEquals(List.of("http://example.org/new", "http://example.org/other"), store.graphs());
    }

    @Test
    void aFailureHalfwayLeavesTheStoreUnchanged(@TempDir Path dir) {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        store.replace("http://example.org/g1", graph("a.txt", 4), List.of());
        Graph failing = new FailingGraph(graph("a.txt", 50), 20);
        assertThrows(StoreException.class,
                () -> store.replace("http://example.org/g1", failing, List.of()));
        assertEquals(5, store.quadCount(), "the earlier version must still be there, whole");
        assertThrows(StoreException.class,
                () -> store.replace("http://example.org/g2", failing, List.of()));
        assertTrue(!store.graphs().contains("http://example.org/g2"), "no partial graph");
    }

    @Test
    void reopeningTheDirectorySeesTheData(@TempDir Path dir) {
        PaperStore.open(dir.resolve("db")).replace("http://example.org/g1", graph("a.txt", 2), List.of());
        assertEquals(3, PaperStore.open(dir.resolve("db")).quadCount());
    }

    /** A graph whose iteration fails after a number of triples, to simulate a failing write. */
    private static final class FailingGraph extends org.apache.jena.graph.impl.GraphBase {
        private final Graph inner;
        private final int failAfter;

        FailingGraph(Graph inner, int failAfter) {
            this.inner = inner;
            this.failAfter = failAfter;
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            List<Triple> all = inner.find(pattern).toList();
            return WrappedIterator.create(new java.util.Iterator<Triple>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < all.size();
                }

                @Override
                public Triple next() {
                    if (i == failAfter) {
                        throw new IllegalStateException("simulated failure");
                    }
                    return all.get(i++);
                }
            });
        }
    }
}
