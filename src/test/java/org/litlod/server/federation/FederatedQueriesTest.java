package org.litlod.server.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every federated example query against litlod over the seeds and the stand-ins, after
 * rewriting the real endpoint IRIs to the stand-ins, and compares the results with the
 * expected file. Queries whose target is another engine are sent to that engine's stand-in,
 * which calls litlod. With {@code -Dlitlod.federation.regenerate=true} the expected files are
 * written instead (review them before committing).
 */
class FederatedQueriesTest {
    private static final Pattern STRING_SURGERY = Pattern.compile(
            "\\b(STR|SUBSTR|REPLACE|CONCAT|STRAFTER|STRBEFORE|UCASE|LCASE|IRI|URI)\\s*\\(",
            Pattern.CASE_INSENSITIVE);
    @TempDir
    static Path dir;
    private static StandIns standIns;
    private static LitlodEndpoint litlod;
    private static EndpointMap map;

    @BeforeAll
    static void start() throws IOException {
        standIns = StandIns.start();
        EndpointMap remotes = standIns.map();
        ServicePolicy policy = ServicePolicy.defaults().withEndpoints(remotes.locals()).allowingLocalTargets(true);
        litlod = LitlodEndpoint.start(dir.resolve("db"), policy);
        map = remotes.with(LitlodEndpoint.REAL_ENDPOINT, litlod.endpoint());
    }

    @AfterAll
    static void stop() {
        if (litlod != null) {
            litlod.close();
        }
        if (standIns != null) {
            standIns.close();
        }
    }

    @Test
    void theCatalogueHasAtLeastEightQueriesInBothDirections() {
        List<FederatedCatalogue.Entry> all = FederatedCatalogue.load();
        assertTrue(all.size() >= 8, "only " + all.size());
        assertTrue(all.stream().anyMatch(e -> e.target().equals(LitlodEndpoint.REAL_ENDPOINT)));
        assertTrue(all.stream().anyMatch(e -> !e.target().equals(LitlodEndpoint.REAL_ENDPOINT)));
    }

    @Test
    void everyQueryIsDocumentedFederatedAndJoinsByPlainEquality() {
        for (FederatedCatalogue.Entry e : FederatedCatalogue.load()) {
            assertNotNull(e.title(), e.id() + " has no # title:");
            assertNotNull(e.description(), e.id() + " has no # description:");
            String body = e.sparql().lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
            Query q = QueryFactory.create(body);
            assertTrue(body.toUpperCase(Locale.ROOT).contains("SERVICE <"), e.id() + " calls no SERVICE");
            assertFalse(STRING_SURGERY.matcher(body).find(), e.id() + " joins through string functions");
            assertTrue(q.isSelectType(), e.id());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFederatedQueryGivesItsExpectedResults() {
        boolean regenerate = Boolean.getBoolean("litlod.federation.regenerate");
        return FederatedCatalogue.load().stream().map(e -> DynamicTest.dynamicTest(e.id() + ": " + e.title(), () -> {
            String endpoint = map.local(e.target());
            assertFalse(endpoint.startsWith("https:"), "no stand-in for " + e.target());
            ResultSetRewindable actual = SparqlHttp.post(endpoint, map.rewrite(e.sparql())).results();
            String shown = tsv(actual);
            if (regenerate) {
                Files.writeString(e.expected(), shown, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(actual.size() > 0, e.id() + " returns no rows");
            ResultSetRewindable expected = expected(e.expected());
            boolean same = QueryFactory.create(e.sparql()).hasOrderBy()
                    ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                    : ResultSetCompare.equalsByTerm(expected, actual);
            assertTrue(same, e.id() + " differs from " + e.expected() + ":\n" + shown);
        }));
    }

    @Test
    void remoteTargetsAreCalledAtTheirStandIns() {
        standIns.all().forEach(s -> s.recorder().reset());
        List<String> called = new ArrayList<>();
        SparqlHttp.post(litlod.endpoint(), map.rewrite(FederatedCatalogue.load().get(0).sparql())).results();
        standIns.all().stream().filter(s -> s.recorder().requests() > 0).forEach(s -> called.add(s.name()));
        assertEquals(List.of("uniprot"), called);
    }

    private static ResultSetRewindable expected(Path tsv) throws IOException {
        try (InputStream in = Files.newInputStream(tsv)) {
            return ResultSetFactory.makeRewindable(ResultSetMgr.read(in, ResultSetLang.RS_TSV));
        }
    }

    private static String tsv(ResultSetRewindable rs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultSetFormatter.outputAsTSV(out, rs);
        rs.reset();
        return out.toString(StandardCharsets.UTF_8);
    }
}
