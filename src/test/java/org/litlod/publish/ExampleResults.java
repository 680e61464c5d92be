package org.litlod.publish;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.litlod.server.examples.ExampleCatalogue;
import org.litlod.server.examples.ExampleQuery;

/** Compares the results of an example query with its expected results file. */
public final class ExampleResults {
    private ExampleResults() {
    }

    /** The expected results of {@code q}, parsed from its SPARQL TSV file. */
    public static ResultSetRewindable expected(ExampleQuery q) {
        byte[] tsv = ExampleCatalogue.text(q.expected()).getBytes(StandardCharsets.UTF_8);
        return ResultSetFactory.makeRewindable(
                ResultSetMgr.read(new ByteArrayInputStream(tsv), ResultSetLang.RS_TSV));
    }

    /**
     * Whether {@code actual} equals the expected results term by term: in order when the query
     * has ORDER BY, as a multiset otherwise.
     */
    public static boolean matches(ExampleQuery q, ResultSet actual) {
        Query query = QueryFactory.create(q.sparql());
        ResultSetRewindable a = ResultSetFactory.makeRewindable(actual);
        ResultSetRewindable e = expected(q);
        return query.hasOrderBy() ? ResultSetCompare.equalsByTermAndOrder(e, a) : ResultSetCompare.equalsByTerm(e, a);
    }
}
