package org.litlod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.store.PaperStore;

/**
 * The query limits an attacker probed (issue 13, point 10): catastrophic regular expressions
 * stop at the timeout, CONSTRUCT and DESCRIBE are cut by triples, cheap queries answer while a
 * heavy one runs, and the query length limit holds for POSTed queries.
 */
class QueryLimitsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** 40 a's and a b: {@code (.*a){15}$} backtracks through billions of ways to fail on it. */
    private static final String EVIL_TEXT = "a".repeat(40) + "b";
    private static final String EVIL_PATTERN = "(.*a){15}$";
    @TempDir
    static Path dir;
    private static PaperStore store;

    @BeforeAll
    static void load() {
        store = PaperStore.open(dir.resolve("db"));
        Graph g = TitledPapers.graph(120);
        g.add(NodeFactory.createURI("http://example.org/evil"), NodeFactory.createURI("http://purl.org/dc/terms/title"),
                NodeFactory.createLiteralLang(EVIL_TEXT, "en"));
        store.replace("http://example.org/g", g, List.of());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ServerOptions options() {
        return ServerOptions.defaults().withPort(0).withLoopbackOnly(true);
    }

    private static HttpRequest.Builder get(PaperServer s, String sparql, String accept) {
        return HttpRequest.newBuilder(URI.create(s.sparqlEndpoint() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", accept);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoRunawayThread() throws InterruptedException {
        Thread.sleep(500); // let the cancelled evaluation notice and unwind
        long busiest = CpuWatch.busiestThreadMillis(3000);
        assertTrue(busiest < 900, "a thread kept computing after the timeout: " + busiest + " ms of CPU in 3 s");
    }

    @Test
    void aCatastrophicRegexStopsAtTheTimeoutAndFreesTheCore() throws Exception {
        try (PaperServer s = PaperServer.start(store, options().withQueryTimeout(Duration.ofSeconds(1)))) {
            long start = System.nanoTime();
            HttpResponse<String> r = send(get(s, "SELECT ?s { ?s ?p ?t FILTER(REGEX(?t, \"" + EVIL_PATTERN + "\")) }", "text/csv"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("LITLOD-SERVER-503"), r.body());
            assertTrue(millis < 15_000, "answered after " + millis + " ms");
            assertNoRunawayThread();
        }
    }

    @Test
    void aCatastrophicReplaceStopsAtTheTimeoutToo() throws Exception {
        try (PaperServer s = PaperServer.start(store, options().withQueryTimeout(Duration.ofSeconds(1)))) {
            HttpResponse<String> r = send(get(s, "SELECT (REPLACE(?t, \"" + EVIL_PATTERN + "\", \"x\") AS ?r) { ?s ?p ?t }",
                    "text/csv"));
            assertEquals(503, r.statusCode(), r.body());
            assertNoRunawayThread();
        }
    }

    @Test
    void regexAndReplaceKeepTheirMeaning() throws Exception {
        try (PaperServer s = PaperServer.start(store, options())) {
            assertEquals("s\r\nhttp://example.org/p17\r\n", send(get(s,
                    "SELECT ?s { ?s ?p ?t FILTER(REGEX(?t, '^PAPER number 17$', 'i')) }", "text/csv")).body());
            assertEquals("r\r\nPaper no. 17\r\n", send(get(s,
                    "SELECT ?r { <http://example.org/p17> ?p ?t BIND(REPLACE(?t, 'number', 'no.') AS ?r) }", "text/csv")).body());
            String lang = send(get(s, "SELECT (LANG(REPLACE(?t, 'b$', 'c')) AS ?l) { <http://example.org/evil> ?p ?t }",
                    "text/csv")).body();
            assertEquals("l\r\nen\r\n", lang);
            assertTrue(send(get(s, "ASK { ?s ?p ?t FILTER EXISTS { FILTER(REGEX(?t, '17$')) } }",
                    "application/sparql-results+json")).body().contains("true"));
        }
    }

    /** A 500-triple blank-node template over the cross product of the data, as the attacker sent it. */
    private static String heavyConstruct() {
        StringBuilder q = new StringBuilder("CONSTRUCT {");
        for (int i = 0; i < 500; i++) {
            q.append(" _:b").append(i).append(" <http://example.org/v").append(i % 3).append("> ?").append("abcdef".charAt(i % 6)).append(" .");
        }
        return q.append(" } WHERE { ?a ?b ?c . ?d ?e ?f }").toString();
    }

    @Test
    void aConstructIsCutByTriplesAndCheapQueriesAnswerMeanwhile() throws Exception {
        try (PaperServer s = PaperServer.start(store, options())) {
            CompletableFuture<HttpResponse<byte[]>> heavy = HTTP.sendAsync(
                    get(s, heavyConstruct(), "application/ld+json").build(), HttpResponse.BodyHandlers.ofByteArray());
            Thread.sleep(300);
            long start = System.nanoTime();
            HttpResponse<String> ask = send(get(s, "ASK { ?s ?p ?o }", "application/sparql-results+json"));
            long askMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, ask.statusCode());
            assertTrue(askMillis < 10_000, "ASK took " + askMillis + " ms during the heavy CONSTRUCT");

            HttpResponse<byte[]> r = heavy.get();
            assertEquals(200, r.statusCode());
            assertEquals(Long.toString(ServerOptions.DEFAULT_TRIPLE_LIMIT),
                    r.headers().firstValue(ServerOptions.TRIPLE_CAPPED_HEADER).orElse(null));
            Graph g = RDFParser.source(new ByteArrayInputStream(r.body())).lang(Lang.JSONLD).toGraph();
            assertTrue(g.size() > 0 && g.size() <= ServerOptions.DEFAULT_TRIPLE_LIMIT, "triples: " + g.size());
        }
    }

    @Test
    void aConstructAskedAsNTriplesIsStreamedAndEndsWithTheCut() throws Exception {
        try (PaperServer s = PaperServer.start(store, options().withTripleLimit(20_000))) {
            HttpResponse<String> r = send(get(s, heavyConstruct(), "application/n-triples"));
            assertEquals(200, r.statusCode());
            List<String> lines = r.body().lines().toList();
            assertEquals(StreamedConstruct.CUT_COMMENT + "20000", lines.get(lines.size() - 1));
            assertEquals(20_000, lines.size() - 1, "every line but the last is a triple");
            Graph g = RDFParser.fromString(r.body(), Lang.NTRIPLES).toGraph();
            assertTrue(g.size() > 0 && g.size() <= 20_000, "triples: " + g.size());
        }
    }

    @Test
    void aDescribeIsCutByTriplesAndASmallConstructIsWhole() throws Exception {
        try (PaperServer s = PaperServer.start(store, options().withTripleLimit(50))) {
            HttpResponse<String> d = send(get(s, "DESCRIBE ?s { ?s ?p ?o }", "application/n-triples"));
            assertEquals(200, d.statusCode());
            assertEquals(50, d.body().lines().count());
            assertEquals("50", d.headers().firstValue(ServerOptions.TRIPLE_CAPPED_HEADER).orElse(null));
            HttpResponse<String> c = send(get(s, "CONSTRUCT { ?s ?p ?o } { ?s ?p ?o } LIMIT 10", "application/n-triples"));
            assertEquals(10, c.body().lines().count());
            assertTrue(c.headers().firstValue(ServerOptions.TRIPLE_CAPPED_HEADER).isEmpty());
        }
    }

    @Test
    void theQueryLengthLimitHoldsForPostedQueriesAndForms() throws Exception {
        try (PaperServer s = PaperServer.start(store, options().withMaxQueryLength(2000))) {
            String longQuery = "ASK { ?s ?p ?o } #" + "x".repeat(3000);
            HttpResponse<String> body = send(HttpRequest.newBuilder(URI.create(s.sparqlEndpoint()))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(longQuery)));
            assertEquals(413, body.statusCode());
            assertTrue(body.body().contains("LITLOD-SERVER-414"), body.body());
            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(s.sparqlEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(longQuery, StandardCharsets.UTF_8))));
            assertEquals(413, form.statusCode());
            assertTrue(form.body().contains("LITLOD-SERVER-414"), form.body());
            HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(s.sparqlEndpoint()))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT ?s { ?s ?p 'Paper number 3' }")));
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals("s\r\nhttp://example.org/p3\r\n", ok.body(), "a short POSTed query still runs");
            assertFalse(ok.body().contains("LITLOD"));
        }
    }
}
