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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.store.PaperStore;

/** litlod's own server applies the SERVICE allow-list: nothing leaves for a target not on it. */
class ServiceAllowListTest {

    private static HttpResponse<String> ask(PaperServer server, String sparql) throws Exception {
        String url = server.sparqlEndpoint() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTargetOffTheListAndALoopbackTargetAreRefusedWithTheirName(@TempDir Path dir) throws Exception {
        try (PaperServer server = PaperServer.start(PaperStore.open(dir.resolve("db")), 0, true)) {
            HttpResponse<String> r = ask(server, "SELECT * WHERE { SERVICE <https://example.org/sparql> { ?s ?p ?o } }");
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("LITLOD-SERVICE-001") && r.body().contains("https://example.org/sparql"), r.body());

            HttpResponse<String> self = ask(server, "SELECT * WHERE { SERVICE <" + server.sparqlEndpoint() + "> { ?s ?p ?o } }");
            assertEquals(400, self.statusCode(), self.body());
            assertTrue(self.body().contains("LITLOD-SERVICE-"), self.body());

            HttpResponse<String> silent = ask(server, "SELECT * WHERE { SERVICE SILENT <https://example.org/sparql> { ?s ?p ?o } }");
            assertEquals(400, silent.statusCode(), "SILENT does not hide a refusal: " + silent.body());

            assertEquals(200, ask(server, "ASK { }").statusCode(), "the server goes on answering");
        }
    }
}
