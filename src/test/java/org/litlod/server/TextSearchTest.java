package org.litlod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.store.PaperStore;

/**
 * {@code text:query} over HTTP: the index follows loads (the loader and the server share one
 * store), and a replaced document's old text is no longer found.
 */
class TextSearchTest {
    private static final String TITLE = "http://purl.org/dc/terms/title";
    private static final String ABSTRACT = "http://purl.org/dc/terms/abstract";

    private static Graph paper(String iri, String title, String abstractText) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(iri), NodeFactory.createURI(TITLE), NodeFactory.createLiteralString(title));
        g.add(NodeFactory.createURI(iri), NodeFactory.createURI(ABSTRACT), NodeFactory.createLiteralString(abstractText));
        return g;
    }

    private static String search(PaperServer server, String words) throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s WHERE { ?s text:query \""
                + words + "\" } ORDER BY ?s";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                server.sparqlEndpoint() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void findsTheRightPaperAndForgetsReplacedText(@TempDir Path dir) throws Exception {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        store.replace("http://example.org/g1", paper("http://example.org/p1", "Crizotinib resistance in lung cancer",
                "Mutations in ALK confer resistance."), List.of());
        store.replace("http://example.org/g2", paper("http://example.org/p2", "Megakaryopoiesis in neoplasms",
                "Thrombocytopenia was relieved."), List.of());
        try (PaperServer server = PaperServer.start(store, 0, true)) {
            assertEquals("s\r\nhttp://example.org/p1\r\n", search(server, "crizotinib"));
            assertEquals("s\r\nhttp://example.org/p2\r\n", search(server, "thrombocytopenia"));

            store.replace("http://example.org/g2", paper("http://example.org/p2", "Platelet counts in mice",
                    "Nothing about the old topic."), List.of());
            assertEquals("s\r\n", search(server, "thrombocytopenia"), "replaced text must be gone");
            assertEquals("s\r\nhttp://example.org/p2\r\n", search(server, "platelet"));
        } finally {
            store.close();
        }
    }

    @Test
    void theReadmesTextQueryListsAPaperMatchingInTitleAndAbstractOnce(@TempDir Path dir) throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        int section = readme.indexOf("### Text search");
        int start = readme.indexOf("```sparql\n", section) + "```sparql\n".length();
        String query = readme.substring(start, readme.indexOf("```", start));
        PaperStore store = PaperStore.open(dir.resolve("db"));
        store.replace("http://example.org/g1", paper("http://example.org/p1", "Megakaryocyte maturation",
                "Crizotinib induces megakaryocyte maturation."), List.of());
        try (PaperServer server = PaperServer.start(store, 0, true)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    server.sparqlEndpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            List<String> rows = r.body().lines().skip(1).toList();
            assertEquals(1, rows.size(), r.body());
            org.junit.jupiter.api.Assertions.assertTrue(rows.get(0).startsWith("http://example.org/p1,Megakaryocyte maturation"),
                    r.body());
        } finally {
            store.close();
        }
    }
}
