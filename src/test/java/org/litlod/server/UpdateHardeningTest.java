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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
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
