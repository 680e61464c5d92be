package org.litlod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.store.PaperStore;

/** The public endpoint's defaults and limits: read-only, timeout, row cap, 400, 413, authenticated updates. */
class PublicEndpointTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = UUID.randomUUID().toString(); // made at run time, never stored
    @TempDir
    static Path dir;
    private static PaperStore store;

    @BeforeAll
    static void load() {
        store = PaperStore.open(dir.resolve("db"));
        Graph g = TitledPapers.graph(120);
        store.replace("http://example.org/g", g, List.of());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ServerOptions options() {
        return ServerOptions.defaults().withPort(0).withLoopbackOnly(true);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder query(PaperServer s, String sparql) {
        return HttpRequest.newBuilder(URI.create(s.sparqlEndpoint() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv");
    }

    private static HttpRequest.Builder update(PaperServer s, String sparql) {
        return HttpRequest.newBuilder(URI.create(s.baseUrl() + "papers/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(sparql));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNoInternals(String body) {
        assertFalse(body.contains("Exception") || body.contains("\tat ") || body.contains("at org.")
                || body.contains(dir.toString()) || body.contains(".java"), body);
    }

    @Test
    void readOnlyByDefault() throws Exception {
        try (PaperServer s = PaperServer.start(store, options())) {
            long before = store.quadCount();
            assertTrue(send(update(s, "CLEAR ALL")).statusCode() >= 400);
            HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "papers/data?default"))
                    .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:s> <a:p> <a:o> .")));
            assertTrue(put.statusCode() >= 400, "no Graph Store writes, got " + put.statusCode());
            assertEquals(before, store.quadCount());
        }
    }

    @Test
    void updatesNeedTheConfiguredPasswordAndKeepTheIndexInStep() throws Exception {
        try (PaperServer s = PaperServer.start(store, options().withUpdates(new UpdateAccess("curator", PASSWORD)))) {
            String insert = "INSERT DATA { GRAPH <http://example.org/extra> { <http://example.org/x> "
                    + "<http://purl.org/dc/terms/title> \"Zebrafish megakaryocytes\" } }";
            assertEquals(401, send(update(s, insert)).statusCode());
            assertEquals(401, send(update(s, insert).header("Authorization", basic("curator", "wrong-password-123"))).statusCode());
            assertFalse(store.contains(NodeFactory.createURI("http://example.org/x"), null, null));
            int ok = send(update(s, insert).header("Authorization", basic("curator", PASSWORD))).statusCode();
            assertTrue(ok == 200 || ok == 204, "got " + ok);
            assertEquals("s\r\nhttp://example.org/x\r\n",
                    send(query(s, "SELECT ?s { ?s <http://jena.apache.org/text#query> 'zebrafish' }")).body());
            assertEquals(200, send(query(s, "ASK {}")).statusCode(), "queries stay open to everyone");
            store.remove(List.of("http://example.org/extra"));
        }
    }

    @Test
    void aQueryOverTheTimeLimitIsCancelledWith503AndNoInternals() throws Exception {
        try (PaperServer s = PaperServer.start(store, options().withQueryTimeout(Duration.ofMillis(200)))) {
            // 120^4 = 207 million combinations to count: far beyond 200 ms on any machine
            HttpResponse<String> r = send(query(s, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"));
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("LITLOD-SERVER-503"), r.body());
            assertNoInternals(r.body());
        }
    }

    @Test
    void resultsAreCappedAtTheRowLimit() throws Exception {
        try (PaperServer s = PaperServer.start(store, options().withResultLimit(5))) {
            HttpResponse<String> all = send(query(s, "SELECT ?s { ?s ?p ?o }"));
            assertEquals(6, all.body().split("\r\n").length, all.body()); // header + 5 rows
            assertEquals("5", all.headers().firstValue(ServerOptions.CAPPED_HEADER).orElse(null));
            HttpResponse<String> few = send(query(s, "SELECT ?s { ?s ?p ?o } LIMIT 2"));
            assertEquals(3, few.body().split("\r\n").length, few.body());
            assertTrue(few.headers().firstValue(ServerOptions.CAPPED_HEADER).isEmpty());
        }
    }

    @Test
    void aMalformedQueryGets400WithTheParserMessage() throws Exception {
        try (PaperServer s = PaperServer.start(store, options())) {
            HttpResponse<String> r = send(query(s, "SELECT ?s WHERE { ?s ?p }"));
            assertEquals(400, r.statusCode());
            assertTrue(r.body().contains("Parse error") && r.body().contains("line 1"), r.body());
            assertNoInternals(r.body());
        }
    }

    @Test
    void oversizedRequestsGet413() throws Exception {
        try (PaperServer s = PaperServer.start(store, options().withMaxRequestBytes(4096).withMaxQueryLength(2000))) {
            String big = "SELECT * { ?s ?p ?o } #" + "x".repeat(5000);
            HttpResponse<String> body = send(HttpRequest.newBuilder(URI.create(s.sparqlEndpoint()))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(big)));
            assertEquals(413, body.statusCode());
            assertTrue(body.body().contains("LITLOD-SERVER-413"), body.body());
            HttpResponse<String> url = send(query(s, "SELECT * { ?s ?p ?o } #" + "y".repeat(2500)));
            assertEquals(413, url.statusCode());
            assertTrue(url.body().contains("LITLOD-SERVER-414"), url.body());
            assertEquals(200, send(query(s, "SELECT * { ?s ?p ?o } LIMIT 1")).statusCode(), "small queries pass");
        }
    }
}
