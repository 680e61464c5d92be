package org.litlod.publish;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.litlod.store.PaperStore;

/**
 * Puts the batches of a bulk load into a store that already holds data: each document replaces
 * its graph in its own write transaction through the text-indexed dataset, as an ordinary load
 * does, so the store stays consistent and searchable whatever happens. Unlike {@code load}, it
 * does not remove graphs that an earlier version of an input file had and this one lacks.
 */
final class TransactionalSink implements BulkSink {
    private final PaperStore store;

    TransactionalSink(PaperStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "transactional";
    }

    @Override
    public void add(BulkBatch batch) throws IOException {
        DatasetGraph documents = DatasetGraphFactory.createGeneral();
        batch.source().sendTo(StreamRDFLib.dataset(documents));
        Iterator<Node> graphs = documents.listGraphNodes();
        while (graphs.hasNext()) {
            Node g = graphs.next();
            store.replace(g.getURI(), documents.getGraph(g), List.of());
        }
    }

    @Override
    public void finish(BulkLoadProgress progress) {
        // every document was committed as it came
    }

    @Override
    public void abort(Exception cause) {
        // every document was committed as it came
    }
}
