package org.litlod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.store.PaperStore;

/** Response headers, refused methods and parameters, and CORS (issue 13, point 10). */
class HttpHardeningTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String EVIL = "https://evil.example";
    @TempDir
    static Path dir;
    private static PaperStore store;
    private static PaperServer server;

    @BeforeAll
    static void start() {
        store = PaperStore.open(dir.resolve("db"));
        server = PaperServer.start(store, ServerOptions.defaults().withPort(0).withLoopbackOnly(true)
                .withUpdates(new UpdateAccess("curator", UUID.randomUUID().toString())));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    }

    private static Optional<String> header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name);
    }

    @Test
    void pagesAndAnswersCarryTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"", "query", "papers/sparql?query=ASK%7B%7D"}) {
            HttpResponse<String> r = send(at(path));
            assertEquals(200, r.statusCode(), path);
            assertEquals(Optional.of(SecurityHeaders.CONTENT_SECURITY_POLICY), header(r, "Content-Security-Policy"), path);
            assertEquals(Optional.of("nosniff"), header(r, "X-Content-Type-Options"), path);
            assertEquals(Optional.of("DENY"), header(r, "X-Frame-Options"), path);
        }
        assertTrue(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("script-src 'self';"),
                "no inline or foreign scripts: the query editor's scripts come from this origin");
    }

    @Test
    void traceIsRefusedAndEchoesNothing() throws Exception {
        HttpResponse<String> r = send(at("papers/sparql").method("TRACE", HttpRequest.BodyPublishers.noBody())
                .header("X-Secret", "s3cr3t-token"));
        assertEquals(405, r.statusCode());
        assertTrue(r.body().startsWith(SecurityHeaders.METHOD_REFUSED), r.body());
        assertFalse(r.body().contains("s3cr3t-token"));
    }

    @Test
    void jsonpIsRefused() throws Exception {
        HttpResponse<String> r = send(at("papers/sparql?query=ASK%7B%7D&output=json&callback=alert"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().startsWith(SecurityHeaders.JSONP_REFUSED), r.body());
        assertFalse(r.body().contains("alert("));
    }

    @Test
    void queriesAreOpenToAnyOriginWithoutCredentials() throws Exception {
        HttpResponse<String> r = send(at("papers/sparql?query=ASK%7B%7D").header("Origin", EVIL));
        assertEquals(200, r.statusCode());
        assertEquals(Optional.of("*"), header(r, "Access-Control-Allow-Origin"));
        assertTrue(header(r, "Access-Control-Allow-Credentials").isEmpty());
        HttpResponse<String> preflight = send(at("papers/sparql").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", EVIL).header("Access-Control-Request-Method", "POST"));
        assertEquals(Optional.of("*"), header(preflight, "Access-Control-Allow-Origin"));
        assertTrue(header(preflight, "Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void theWriteEndpointsGiveNoCorsToAnyOrigin() throws Exception {
        for (String path : new String[] {"papers/update", "papers/data"}) {
            HttpResponse<String> preflight = send(at(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", EVIL).header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization, content-type"));
            HttpResponse<String> post = send(at(path).header("Origin", EVIL).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")));
            for (HttpResponse<String> r : List.of(preflight, post)) {
                assertTrue(header(r, "Access-Control-Allow-Origin").isEmpty(), path + " " + r.headers());
                assertTrue(header(r, "Access-Control-Allow-Credentials").isEmpty(), path + " " + r.headers());
            }
        }
    }
}
