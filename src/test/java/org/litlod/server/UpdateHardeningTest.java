package org.litlod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.server.federation.ServiceRefusedException;
import org.litlod.server.federation.ServiceSettings;
import org.litlod.store.PaperStore;

/** The write side an attacker with or without the password probed (issue 13, point 10): LOAD and password guessing. */
class UpdateHardeningTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = UUID.randomUUID().toString(); // made at run time, never stored
    @TempDir
    static Path dir;
    private static PaperStore store;

    @BeforeAll
    static void open() {
        store = PaperStore.open(dir.resolve("db"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ServerOptions writable() {
        return ServerOptions.defaults().withPort(0).withLoopbackOnly(true).withUpdates(new UpdateAccess("curator", PASSWORD));
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("curator:" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> update(PaperServer s, String sparql, String password) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "papers/update"))
                .header("Content-Type", "application/sparql-update").header("Authorization", basic(password))
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void loadNeverReadsLocalFilesOrLoopbackAddresses() throws Exception {
        Path secret = dir.resolve("secret.ttl");
        Files.writeString(secret, "SECRET-TOKEN-42 <a:b> <c:d> .\n");
        long before = store.quadCount();
        try (PaperServer s = PaperServer.start(store, writable())) {
            HttpResponse<String> file = update(s, "LOAD <" + secret.toUri() + "> INTO GRAPH <http://example.org/x>", PASSWORD);
            assertEquals(400, file.statusCode(), file.body());
            assertTrue(file.body().contains(ServiceRefusedException.BAD_TARGET), file.body());
            assertFalse(file.body().contains("SECRET-TOKEN-42"), file.body());
            HttpResponse<String> silent = update(s, "LOAD SILENT <" + secret.toUri() + ">", PASSWORD);
            assertEquals(400, silent.statusCode(), "SILENT does not hide a refusal");
            HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "papers/update"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", basic(PASSWORD))
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode("LOAD <" + secret.toUri() + ">",
                            StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, form.statusCode(), "a LOAD in a form is checked too: " + form.body());
            assertFalse(form.body().contains("SECRET-TOKEN-42"), form.body());
            HttpResponse<String> loop = update(s, "LOAD <" + s.baseUrl() + "papers/get?default>", PASSWORD);
            assertEquals(400, loop.statusCode(), loop.body());
            assertTrue(loop.body().contains(ServiceRefusedException.NOT_ALLOWED), loop.body());
        }
        System.setProperty(ServiceSettings.ALLOW, "http://127.0.0.1:9/data.ttl");
        try (PaperServer s = PaperServer.start(store, writable())) {
            HttpResponse<String> listed = update(s, "LOAD <http://127.0.0.1:9/data.ttl>", PASSWORD);
            assertEquals(400, listed.statusCode(), listed.body());
            assertTrue(listed.body().contains(ServiceRefusedException.LOCAL_ADDRESS), "listed but local: " + listed.body());
        } finally {
            System.clearProperty(ServiceSettings.ALLOW);
        }
        assertEquals(before, store.quadCount());
    }

    @Test
    void aFailedLoadDoesNotEchoWhatItFetched() throws Exception {
        try (PaperServer source = PaperServer.start(store, ServerOptions.defaults().withPort(0).withLoopbackOnly(true))) {
            String url = source.baseUrl() + "static/query.js";
            System.setProperty(ServiceSettings.ALLOW, url);
            System.setProperty(ServiceSettings.ALLOW_LOCAL, "true");
            try (PaperServer s = PaperServer.start(store, writable())) {
                HttpResponse<String> r = update(s, "LOAD <" + url + "> INTO GRAPH <http://example.org/js>", PASSWORD);
                assertTrue(r.statusCode() >= 400, r.body());
                assertTrue(r.body().contains(CheckedUpdate.LOAD_FAILED), r.body());
                assertFalse(r.body().contains("function") || r.body().contains("document") || r.body().contains("yasgui"), r.body());
            } finally {
                System.clearProperty(ServiceSettings.ALLOW);
                System.clearProperty(ServiceSettings.ALLOW_LOCAL);
            }
        }
    }

    /** A remote RDF source on loopback: answers {@code /src/<name>} from {@code files}, and {@code /src/redirect} with 302. */
    private static final class RemoteSource extends HttpServlet implements AutoCloseable {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, String> files;
        private final transient List<String> requested = new CopyOnWriteArrayList<>();
        private final transient FusekiServer server;

        RemoteSource(Map<String, String> files) {
            this.files = files;
            this.server = FusekiServer.create().port(0).loopback(true).addServlet("/src/*", this).build().start();
        }

        String url(String name) {
            return "http://127.0.0.1:" + server.getHttpPort() + "/src/" + name;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String name = req.getPathInfo().substring(1);
            requested.add(name);
            if (name.equals("redirect")) {
                resp.setStatus(302);
                resp.setHeader("Location", url("secret.ttl"));
                return;
            }
            String body = files.get(name);
            if (body == null) {
                resp.setStatus(404);
                return;
            }
            resp.setContentType("text/turtle");
            resp.getWriter().write(body);
        }

        @Override
        public void close() {
            server.stop();
        }
    }

    private static long triplesIn(String graph) {
        return store.read(dsg -> (long) dsg.getGraph(NodeFactory.createURI(graph)).size());
    }

    @Test
    void loadFetchesUnderThePolicyFollowsNoRedirectAndReadsNoMoreThanTheLimit() throws Exception {
        String data = "<http://example.org/s> <http://example.org/p> \"one\" , \"two\" .\n";
        String secret = "<http://example.org/s> <http://example.org/p> \"SECRET-TOKEN-43\" .\n";
        try (RemoteSource remote = new RemoteSource(Map.of("data.ttl", data, "secret.ttl", secret,
                "big.ttl", data.repeat(100)))) {
            System.setProperty(ServiceSettings.ALLOW, remote.url("data.ttl") + " " + remote.url("redirect") + " " + remote.url("big.ttl"));
            System.setProperty(ServiceSettings.ALLOW_LOCAL, "true");
            System.setProperty(ServiceSettings.LOAD_LIMIT, String.valueOf(data.length() * 10));
            try (PaperServer s = PaperServer.start(store, writable())) {
                HttpResponse<String> ok = update(s, "LOAD <" + remote.url("data.ttl") + "> INTO GRAPH <http://example.org/loaded>", PASSWORD);
                assertTrue(ok.statusCode() == 200 || ok.statusCode() == 204, ok.body());
                assertEquals(2, triplesIn("http://example.org/loaded"), "an allowed source is loaded");

                HttpResponse<String> moved = update(s, "LOAD <" + remote.url("redirect") + "> INTO GRAPH <http://example.org/moved>", PASSWORD);
                assertTrue(moved.statusCode() >= 400, moved.body());
                assertTrue(moved.body().contains(CheckedUpdate.LOAD_FAILED), moved.body());
                assertEquals(List.of("data.ttl", "redirect"), remote.requested, "the redirect is not followed");
                assertEquals(0, triplesIn("http://example.org/moved"));

                HttpResponse<String> silent = update(s, "LOAD SILENT <" + remote.url("redirect") + "> INTO GRAPH <http://example.org/moved>", PASSWORD);
                assertTrue(silent.statusCode() == 200 || silent.statusCode() == 204, "SILENT: no error, nothing loaded: " + silent.body());
                assertEquals(0, triplesIn("http://example.org/moved"));

                HttpResponse<String> big = update(s, "LOAD <" + remote.url("big.ttl") + "> INTO GRAPH <http://example.org/big>", PASSWORD);
                assertTrue(big.body().contains(CheckedUpdate.LOAD_FAILED), "over " + ServiceSettings.LOAD_LIMIT + ": " + big.body());
                assertEquals(0, triplesIn("http://example.org/big"), "a source over the limit adds nothing");
                assertTrue(remote.requested.stream().noneMatch("secret.ttl"::equals), remote.requested.toString());
            } finally {
                System.clearProperty(ServiceSettings.ALLOW);
                System.clearProperty(ServiceSettings.ALLOW_LOCAL);
                System.clearProperty(ServiceSettings.LOAD_LIMIT);
            }
        }
        store.remove(List.of("http://example.org/loaded"));
    }

    @Test
    void repeatedWrongPasswordsAreLoggedAndLockTheAddressOut() throws Exception {
        try (PaperServer s = PaperServer.start(store, writable()); LogRecorder log = LogRecorder.of(FailedLogins.class)) {
            for (int i = 0; i < FailedLogins.MAX_FAILURES; i++) {
                assertEquals(401, update(s, "CLEAR GRAPH <http://example.org/none>", "guess-number-" + i).statusCode());
            }
            assertEquals(401, update(s, "CLEAR GRAPH <http://example.org/none>", PASSWORD).statusCode(),
                    "locked out: even the right password is refused");
            List<String> lines = log.messages();
            assertEquals(FailedLogins.MAX_FAILURES, lines.stream().filter(l -> l.startsWith(FailedLogins.FAILED)).count(), lines.toString());
            assertTrue(lines.get(0).contains("'curator'") && lines.get(0).contains("127.0.0.1"), lines.get(0));
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(FailedLogins.LOCKED)), lines.toString());
            assertTrue(lines.stream().noneMatch(l -> l.contains("guess-number") || l.contains(PASSWORD)), "no password in the log");
        }
        try (PaperServer s = PaperServer.start(store, writable())) {
            int ok = update(s, "CLEAR SILENT GRAPH <http://example.org/none>", PASSWORD).statusCode();
            assertTrue(ok == 200 || ok == 204, "the right password works on a fresh server: " + ok);
        }
    }
}
