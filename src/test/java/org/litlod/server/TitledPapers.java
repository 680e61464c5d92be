package org.litlod.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/** A graph of {@code n} papers with a {@code dcterms:title} each ("Paper number 7"), for endpoint tests. */
final class TitledPapers {
    static final String TITLE = "http://purl.org/dc/terms/title";

    private TitledPapers() {
    }

    static Graph graph(int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            g.add(NodeFactory.createURI("http://example.org/p" + i), NodeFactory.createURI(TITLE),
                    NodeFactory.createLiteralString("Paper number " + i));
        }
        return g;
    }
}
