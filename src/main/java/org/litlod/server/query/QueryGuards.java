package org.litlod.server.query;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.sparql.util.Context;

/**
 * Makes the query timeout stop the evaluations Jena does not interrupt by itself: regular
 * expressions ({@link CancellableRegexRewrite}) and property paths
 * ({@link CancellablePathExecutor}).
 */
public final class QueryGuards {
    private QueryGuards() {
    }

    /** Installs the guards for queries (and update WHERE clauses) run with {@code cxt}. */
    public static void install(Context cxt) {
        CancellableRegexRewrite.install(cxt);
        CancellablePathExecutor.install(cxt);
    }

    /** Installs the guards in every dataset and endpoint context of a built server. */
    public static void install(FusekiServer server) {
        for (DataAccessPoint dap : server.getDataAccessPointRegistry().accessPoints()) {
            install(dap.getDataService().getDataset().getContext());
            for (Endpoint endpoint : dap.getDataService().getEndpoints()) {
                if (endpoint.getContext() != null) {
                    install(endpoint.getContext());
                }
            }
        }
    }
}
