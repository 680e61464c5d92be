package org.litlod.server.ld;

import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.litlod.store.PaperStore;

/**
 * SELECT queries over the store's default graph (the union of the named graphs, as the SPARQL
 * endpoint sees it), used to count what the dataset description states.
 */
final class StoreCounts {
    private final Dataset ds;

    StoreCounts(PaperStore store) {
        this.ds = DatasetFactory.wrap(store.datasetGraph());
    }

    /** Runs a SELECT and hands each row to {@code row}, in one read transaction. */
    void select(String sparql, Consumer<QuerySolution> row) {
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                qe.execSelect().forEachRemaining(row);
            }
        });
    }

    /** The single number the query binds to {@code ?n}. */
    long count(String sparql) {
        long[] n = {0};
        select(sparql, r -> n[0] = r.getLiteral("n").getLong());
        return n[0];
    }
}
