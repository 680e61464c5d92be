package org.litlod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.store.PaperStore;

/**
 * {@code fuseki-config/config.ttl} runs under Fuseki's own command line ({@code fuseki-server
 * --config}), not only inside litlod: same dataset, same endpoint, same union default graph.
 */
class StockFusekiConfigTest {

    private static String csv(FusekiServer server, String query) throws Exception {
        String url = "http://localhost:" + server.getHttpPort() + "/papers/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void theConfigFileRunsUnderFusekisOwnCommandLine(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("data");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("http://example.org/p"), NodeFactory.createURI("http://purl.org/dc/terms/title"),
                NodeFactory.createLiteralString("From the store"));
        try (PaperStore store = PaperStore.open(db)) {
            store.replace("http://example.org/g", g, List.of());
        } // releases litlod's index writer: stock Fuseki opens its own

        String config = Files.readString(Path.of("fuseki-config/config.ttl"));
        Path copy = dir.resolve("config.ttl");
        // The only change: where the database and its text index live (the file says "data",
        // relative to the working directory).
        Files.writeString(copy, config.replace("tdb2:location \"data\"", "tdb2:location \"" + db + "\"")
                .replace("<file:data/text-index>", "<" + db.resolve("text-index").toUri() + ">"));

        FusekiServer server = FusekiServer.construct("--config=" + copy, "--port=0");
        server.start();
        try {
            assertEquals("t\r\nFrom the store\r\n", csv(server, "SELECT ?t WHERE { ?p <http://purl.org/dc/terms/title> ?t }"));
            assertEquals("p\r\nhttp://example.org/p\r\n", csv(server,
                    "SELECT ?p WHERE { ?p <http://jena.apache.org/text#query> 'store' }"), "the text index litlod built");
        } finally {
            server.stop();
        }
    }
}
