package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.server.examples.ExampleCatalogue;
import org.litlod.server.examples.ExampleQuery;
import org.litlod.store.PaperStore;

/** Runs every example query of the catalogue over the seeds and the example corpus and checks its expected results. */
class ExampleQueriesTest {
    @TempDir
    static Path dir;
    private static PaperStore store;

    @BeforeAll
    static void loadSeeds() throws Exception {
        store = SeedCorpus.loadWithExamples(dir.resolve("db"));
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGivesItsExpectedResults() {
        List<ExampleQuery> all = ExampleCatalogue.load();
        assertFalse(all.isEmpty());
        return all.stream().map(q -> DynamicTest.dynamicTest(q.id() + ": " + q.title(), () -> {
            Dataset ds = DatasetFactory.wrap(store.datasetGraph());
            ResultSetRewindable actual = Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(q.sparql())
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    return ResultSetFactory.makeRewindable(qe.execSelect());
                }
            });
            assertTrue(actual.size() > 0, q.id() + " returns no rows");
            String shown = table(actual);
            actual.reset();
            assertTrue(ExampleResults.matches(q, actual), q.id() + " differs from " + q.expected() + ":\n" + shown);
        }));
    }

    private static String table(ResultSetRewindable rs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsTSV(out, rs);
        return out.toString(StandardCharsets.UTF_8);
    }
}
