package org.litlod.spark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.litlod.server.examples.ExampleCatalogue;
import org.litlod.server.examples.ExampleQuery;

/** Whether a store answers an example query of the catalogue with the results the catalogue expects. */
final class ExampleAnswers {
    private ExampleAnswers() {
    }

    /** The answer of {@code q} over the union of the store's graphs (the server's default graph). */
    static ResultSetRewindable answer(DatasetGraph store, ExampleQuery q) {
        Dataset ds = DatasetFactory.wrap(store);
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q.sparql())
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                return ResultSetFactory.makeRewindable(qe.execSelect());
            }
        });
    }

    /** Whether {@code answer} is the expected one, term by term: in order when the query sorts, as a multiset otherwise. */
    static boolean expected(ExampleQuery q, ResultSetRewindable answer) {
        byte[] tsv = ExampleCatalogue.text(q.expected()).getBytes(StandardCharsets.UTF_8);
        ResultSetRewindable want = ResultSetFactory.makeRewindable(
                ResultSetMgr.read(new ByteArrayInputStream(tsv), ResultSetLang.RS_TSV));
        answer.reset();
        return QueryFactory.create(q.sparql()).hasOrderBy() ? ResultsCompare.equalsByTermAndOrder(want, answer)
                : ResultsCompare.equalsByTerm(want, answer);
    }
}
