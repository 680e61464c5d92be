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

    @Test
    void theConfigFileRunsUnderFusekisOwnCommandLine(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("data");
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("http://example.org/p"), NodeFactory.createURI("http://purl.org/dc/terms/title"),
                NodeFactory.createLiteralString("From the store"));
        PaperStore.open(db).replace("http://example.org/g", g, List.of());

        String config = Files.readString(Path.of("fuseki-config/config.ttl"));
        Path copy = dir.resolve("config.ttl");
        // The only change: where the database lives (the file says "data", relative to the working directory).
        Files.writeString(copy, config.replace("tdb2:location \"data\"", "tdb2:location \"" + db + "\""));

        FusekiServer server = FusekiServer.construct("--config=" + copy, "--port=0");
        server.start();
        try {
            String q = "SELECT ?t WHERE { ?p <http://purl.org/dc/terms/title> ?t }";
            String url = "http://localhost:" + server.getHttpPort() + "/papers/sparql?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8);
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("t\r\nFrom the store\r\n", r.body());
        } finally {
            server.stop();
        }
    }
}
