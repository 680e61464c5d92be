package org.litlod.store;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Puts the quads of a bulk load into a store that already holds data: each graph replaces the
 * stored one in its own write transaction through the text-indexed dataset, as an ordinary load
 * does (a graph shared by many documents is added to instead), so the store stays consistent
 * and searchable whatever happens. Unlike {@code load}, it
 * does not remove graphs that an earlier version of an input file had and this one lacks.
 */
final class TransactionalWriter implements BulkWriter {
    private final PaperStore store;
    private final java.util.function.Predicate<String> merged;

    /**
     * @param merged which graphs are shared by many documents: their quads are added to what
     *               the graph holds, where every other graph is replaced
     */
    TransactionalWriter(PaperStore store, java.util.function.Predicate<String> merged) {
        this.store = store;
        this.merged = merged;
    }

    @Override
    public String name() {
        return "transactional";
    }

    @Override
    public void add(QuadSource quads) throws IOException {
        DatasetGraph documents = DatasetGraphFactory.createGeneral();
        quads.sendTo(StreamRDFLib.dataset(documents));
        Iterator<Node> graphs = documents.listGraphNodes();
        while (graphs.hasNext()) {
            Node g = graphs.next();
            store.apply(List.of(merged.test(g.getURI()) ? GraphChange.merge(g.getURI(), documents.getGraph(g))
                    : GraphChange.replace(g.getURI(), documents.getGraph(g))));
        }
    }

    @Override
    public long finish(Consumer<Stage> stages) {
        // every graph was committed as it came, and the data version's record with it
        return store.recordedQuadCount();
    }

    @Override
    public void abort(Exception cause) {
        // every graph was committed as it came
    }
}
