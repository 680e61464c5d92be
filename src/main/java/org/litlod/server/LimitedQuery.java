package org.litlod.server;

import java.time.Duration;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's SPARQL query operation with litlod's limits: every query runs with the configured
 * timeout (a client's {@code timeout=} can only shorten it), and a query asking for more rows
 * than the result limit, or for all of them, gets the limit as its LIMIT and the response
 * header {@value ServerOptions#CAPPED_HEADER}.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    private final long timeoutMillis;
    private final long resultLimit;

    LimitedQuery(Duration timeout, long resultLimit) {
        this.timeoutMillis = timeout.toMillis();
        this.resultLimit = resultLimit;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        action.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        Query q = query;
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > resultLimit)) {
            q = query.cloneQuery();
            q.setLimit(resultLimit);
            action.getResponse().setHeader(ServerOptions.CAPPED_HEADER, Long.toString(resultLimit));
        }
        return super.createQueryExec(action, q, dataset);
    }
}
