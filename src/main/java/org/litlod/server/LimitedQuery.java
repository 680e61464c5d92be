package org.litlod.server;

import java.time.Duration;
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.web.HttpSC;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query operation with litlod's limits: every query runs with the configured
 * timeout (a client's {@code timeout=} can only shorten it); a query asking for more rows than
 * the result limit, or for all of them, gets the limit as its LIMIT and the response header
 * {@value ServerOptions#CAPPED_HEADER}; a CONSTRUCT or DESCRIBE result is cut at the triple
 * limit (triples, not solutions: one solution of a large template makes many triples), with
 * the response header {@value ServerOptions#TRIPLE_CAPPED_HEADER}, so that no result held in
 * memory for writing is larger than that; in N-Triples and N-Quads a CONSTRUCT is streamed
 * instead ({@link StreamedConstruct}).
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    /** Request attribute marking an answer already written by {@link StreamedConstruct}. */
    private static final String STREAMED = "litlod.streamed";
    /** The error id of a query stopped by the time limit. */
    static final String TIMED_OUT = "LITLOD-SERVER-503";
    private final long timeoutMillis;
    private final long resultLimit;
    private final long tripleLimit;

    LimitedQuery(Duration timeout, long resultLimit, long tripleLimit) {
        this.timeoutMillis = timeout.toMillis();
        this.resultLimit = resultLimit;
        this.tripleLimit = tripleLimit;
    }

    /** Answers a query stopped by the timeout with 503 and {@link #TIMED_OUT}, not Fuseki's bare text. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (QueryCancelledException e) {
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, TIMED_OUT + " the query ran longer than the time limit of "
                    + timeoutMillis + " ms and was stopped; narrow it (a LIMIT, fewer optional parts) or run it on a dump");
        }
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

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (query.isConstructType() && StreamedConstruct.format(action) != null) {
            StreamedConstruct.write(action, exec, StreamedConstruct.format(action), tripleLimit);
            action.getRequest().setAttribute(STREAMED, Boolean.TRUE);
            return new QueryExecResult(DatasetGraphFactory.empty());
        }
        if (query.isConstructType()) {
            DatasetGraph out = DatasetGraphFactory.create();
            Iterator<Quad> quads = exec.constructQuads();
            try {
                long n = 0;
                while (quads.hasNext()) {
                    if (n++ == tripleLimit) {
                        cut(action);
                        break;
                    }
                    out.add(quads.next());
                }
            } finally {
                Iter.close(quads);
            }
            out.prefixes().putAll(Prefixes.adapt(query.getPrefixMapping()));
            return new QueryExecResult(out);
        }
        if (query.isDescribeType()) {
            CappedGraph out = new CappedGraph(tripleLimit);
            exec.describe(out);
            if (out.wasCut()) {
                cut(action);
            }
            return new QueryExecResult(out.get());
        }
        return super.executeQuery(action, exec, query, queryStringLog);
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (action.getRequest().getAttribute(STREAMED) == null) {
            super.sendResults(action, result, prologue);
        }
    }

    private void cut(HttpAction action) {
        action.getResponse().setHeader(ServerOptions.TRIPLE_CAPPED_HEADER, Long.toString(tripleLimit));
    }
}
