package org.litlod.server.query;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * A view of a graph, for one query, whose lookups throw {@link QueryCancelledException} once the
 * query's cancel signal is set: before each {@code find} and at each step through its results.
 * Jena's property-path engine computes a path's closure inside one call, without looking at the
 * query's cancellation; over this view it stops at its next lookup.
 */
final class CancellableGraph extends GraphWrapper {
    private final AtomicBoolean cancelled;

    CancellableGraph(Graph graph, AtomicBoolean cancelled) {
        super(graph);
        this.cancelled = cancelled;
    }

    private void check() {
        if (cancelled.get()) {
            throw new QueryCancelledException();
        }
    }

    @Override
    public ExtendedIterator<Triple> find(Triple pattern) {
        check();
        return new Checked(get().find(pattern));
    }

    @Override
    public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
        check();
        return new Checked(get().find(s, p, o));
    }

    @Override
    public boolean contains(Node s, Node p, Node o) {
        check();
        return get().contains(s, p, o);
    }

    @Override
    public boolean contains(Triple t) {
        check();
        return get().contains(t);
    }

    /** The results of a lookup, checking the signal at every step. */
    private final class Checked extends NiceIterator<Triple> {
        private final ExtendedIterator<Triple> triples;

        Checked(ExtendedIterator<Triple> triples) {
            this.triples = triples;
        }

        @Override
        public boolean hasNext() {
            if (cancelled.get()) {
                triples.close();
                throw new QueryCancelledException();
            }
            return triples.hasNext();
        }

        @Override
        public Triple next() {
            return triples.next();
        }

        @Override
        public void close() {
            triples.close();
        }
    }
}
