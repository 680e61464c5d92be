package org.litlod.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.server.PaperServer;
import org.litlod.store.PaperStore;
import org.litlod.vocab.CITO;
import org.litlod.vocab.LITLOD;

/** A paper's references are listed by their position, numerically: 2 before 10, on its page and on generic pages. */
class ReferenceOrderTest {
    private static final String BASE = "https://litlod.example.org/";
    private static final String PAPER = BASE + "paper/pmid/1";

    @Test
    void referencesAreInNumericOrderOnThePaperPageAndTheGenericPage(@TempDir Path dir) throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        Node paper = NodeFactory.createURI(PAPER);
        g.add(paper, RDF.type.asNode(), LITLOD.Paper.asNode());
        g.add(paper, DCTerms.title.asNode(), NodeFactory.createLiteralString("A paper with twelve references"));
        for (int i = 12; i >= 1; i--) {
            Node ref = NodeFactory.createURI(PAPER + "/reference/" + i);
            g.add(paper, CITO.cites.asNode(), ref);
            g.add(NodeFactory.createURI(PAPER + "/reading-list"), CITO.cites.asNode(), ref);
            g.add(ref, DCTerms.bibliographicCitation.asNode(), NodeFactory.createLiteralString("Entry number " + i + "."));
        }
        PaperStore store = PaperStore.open(dir.resolve("db"));
        store.replace(BASE + "graph/pmid/1", g, List.of());
        try (PaperServer server = PaperServer.start(store, 0, true, BASE)) {
            String page = get(server, "/page/paper/pmid/1").body();
            assertInOrder(page, "Entry number ");
            // a resource without a page of its own lists its values on the generic page, in the same order
            String generic = get(server, "/page/paper/pmid/1/reading-list").body();
            assertInOrder(generic, "/reference/");
        } finally {
            store.close();
        }
    }

    private static java.net.http.HttpResponse<String> get(PaperServer server, String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.baseUrl() + path.substring(1))).header("Accept", "text/html").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static void assertInOrder(String html, String prefix) {
        int last = -1;
        for (int i = 1; i <= 12; i++) {
            int at = html.indexOf(prefix + i + (prefix.endsWith("/") ? "\"" : "."));
            assertTrue(at > last, "entry " + i + " after entry " + (i - 1) + ":\n" + html);
            last = at;
        }
    }
}
