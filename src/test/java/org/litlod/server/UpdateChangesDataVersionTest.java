package org.litlod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.store.PaperStore;

/** A SPARQL Update through the server bypasses litlod's writers, and still gives the data a new version (ETag). */
class UpdateChangesDataVersionTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = UUID.randomUUID().toString();

    private static HttpResponse<String> home(PaperServer s, String etag) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl())).header("Accept", "text/html");
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow();
    }

    @Test
    void anUpdateThroughTheServerChangesTheEtagWhichThenOutlivesARestart(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        PaperStore store = PaperStore.open(db);
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI("http://example.org/paper/1"), DCTerms.title.asNode(), NodeFactory.createLiteralString("one"));
        store.replace("http://example.org/graph/1", g, List.of());
        ServerOptions options = ServerOptions.defaults().withPort(0).withLoopbackOnly(true)
                .withUpdates(new UpdateAccess("curator", PASSWORD));
        String updated;
        String modified;
        try (PaperServer s = PaperServer.start(store, options)) {
            String loaded = etag(home(s, null));
            assertEquals(304, home(s, loaded).statusCode());
            HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "papers/update"))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("curator:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <http://example.org/graph/1> {"
                            + " <http://example.org/paper/1> <http://purl.org/dc/terms/subject> \"lung cancer\" } }"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, update.statusCode() / 100 * 100, update.body());
            HttpResponse<String> after = home(s, loaded);
            assertEquals(200, after.statusCode(), "the tag from before the update no longer matches");
            updated = etag(after);
            assertNotEquals(loaded, updated);
            modified = after.headers().firstValue("Last-Modified").orElseThrow();
            assertEquals(304, home(s, updated).statusCode());
        }
        store.close();
        try (PaperServer s = PaperServer.start(PaperStore.open(db), options)) {
            HttpResponse<String> restarted = home(s, null);
            assertEquals(updated, etag(restarted), "the same data keeps its tag after a restart");
            assertEquals(modified, restarted.headers().firstValue("Last-Modified").orElseThrow(), "and its date");
        }
    }
}
