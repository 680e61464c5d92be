package org.litlod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.store.PaperStore;

/**
 * A property path whose evaluation is one long call inside Jena's path engine (a {@code *} of a
 * sequence of {@code *}s over a chain of 3,000 links: hours of work) is stopped at the query
 * timeout: the client gets 503 and no thread goes on computing (issue 13, point 10).
 */
class PathTimeoutTest {
    private static final String LINK = "(<http://example.org/m>|^<http://example.org/m>)*";
    @TempDir
    static Path dir;
    private static PaperStore store;

    @BeforeAll
    static void load() {
        store = PaperStore.open(dir.resolve("db"));
        Graph g = GraphFactory.createDefaultGraph();
        Node m = NodeFactory.createURI("http://example.org/m");
        for (int i = 0; i < 3000; i++) {
            g.add(NodeFactory.createURI("http://example.org/n" + i), m, NodeFactory.createURI("http://example.org/n" + (i + 1)));
        }
        store.replace("http://example.org/g", g, List.of());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aRunawayPathIsStoppedAtTheTimeout() throws Exception {
        try (PaperServer s = PaperServer.start(store, ServerOptions.defaults().withPort(0).withLoopbackOnly(true)
                .withQueryTimeout(Duration.ofSeconds(1)))) {
            String q = "SELECT (COUNT(*) AS ?n) { <http://example.org/n0> (" + LINK + "/" + LINK + ")* ?c }";
            long start = System.nanoTime();
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.sparqlEndpoint()
                    + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(millis < 15_000, "answered after " + millis + " ms");
            Thread.sleep(500);
            long busiest = CpuWatch.busiestThreadMillis(3000);
            assertTrue(busiest < 900, "a thread kept computing the path: " + busiest + " ms of CPU in 3 s");
        }
    }

    @Test
    void pathsStillAnswer() throws Exception {
        try (PaperServer s = PaperServer.start(store, ServerOptions.defaults().withPort(0).withLoopbackOnly(true))) {
            String q = "SELECT (COUNT(?c) AS ?n) { <http://example.org/n2990> " + LINK + " ?c }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(s.sparqlEndpoint()
                    + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("n\r\n3001\r\n", r.body());
        }
    }
}
