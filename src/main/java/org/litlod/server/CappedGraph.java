package org.litlod.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * An in-memory graph that keeps the first {@code limit} triples added to it and drops the rest,
 * remembering that it did: a DESCRIBE result cannot grow past the limit however many triples the
 * describe handlers offer.
 */
final class CappedGraph extends GraphWrapper {
    private final long limit;
    private boolean cut;

    CappedGraph(long limit) {
        super(GraphFactory.createDefaultGraph());
        this.limit = limit;
    }

    @Override
    public void add(Triple t) {
        Graph g = get();
        if (g.size() < limit) {
            g.add(t);
        } else if (!g.contains(t)) {
            cut = true;
        }
    }

    /** Whether a triple was dropped. */
    boolean wasCut() {
        return cut;
    }
}
