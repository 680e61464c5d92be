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
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.litlod.store.PaperStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server over a real TDB2 store on an ephemeral port, queried over HTTP. */
class PaperServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String sparql) {
        return "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }

    @Test
    void servesTheUnionOfNamedGraphsReadOnlyInFourResultFormats(@TempDir Path dir) throws Exception {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        for (int i = 1; i <= 2; i++) {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(NodeFactory.createURI("http://example.org/paper" + i),
                    NodeFactory.createURI("http://purl.org/dc/terms/title"),
                    NodeFactory.createLiteralString("Title " + i));
            store.replace("http://example.org/graph" + i, g, List.of());
        }
        try (PaperServer server = PaperServer.start(store, 0, true)) {
            assertTrue(server.port() > 0);
            String url = server.sparqlEndpoint()
                    + q("SELECT ?t WHERE { ?p <http://purl.org/dc/terms/title> ?t } ORDER BY ?t");
            HttpResponse<String> json = get(url, "application/sparql-results+json");
            assertEquals(200, json.statusCode());
            assertTrue(json.body().contains("\"Title 1\"") || json.body().contains("\"value\": \"Title 1\""), json.body());
            assertTrue(json.body().contains("Title 2"), "default graph must be the union");

            HttpResponse<String> csv = get(url, "text/csv");
            assertEquals("t\r\nTitle 1\r\nTitle 2\r\n", csv.body());
            HttpResponse<String> tsv = get(url, "text/tab-separated-values");
            assertTrue(tsv.body().startsWith("?t\n\"Title 1\""), tsv.body());
            HttpResponse<String> xml = get(url, "application/sparql-results+xml");
            assertTrue(xml.body().contains("<literal>Title 2</literal>"), xml.body());

            HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400, "updates must be refused, got " + update.statusCode());
            assertEquals(3, store.quadCount() + 1, "store unchanged after the refused update");
        }
    }
}
