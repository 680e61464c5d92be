package org.litlod.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.publish.SeedCorpus;
import org.litlod.server.PaperServer;
import org.litlod.store.PaperStore;
import org.litlod.vocab.OA;

/**
 * The pages of papers loaded by the standard pipeline, whose graphs hold mentions by position
 * only and no entity descriptions (those are in the shared graph): the page still shows each
 * mention in context, and the paper's data document still describes what it mentions.
 */
class LeanGraphPagesTest {
    private static final String PAPER = SeedCorpus.BASE + "paper/doi/10.1038~s41375-025-02729-w";
    private static final Node ALK = NodeFactory.createURI("http://identifiers.org/ncbigene/238");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    static PaperStore store;
    static PaperServer server;

    @BeforeAll
    static void start() throws Exception {
        store = SeedCorpus.load(dir.resolve("db"));
        server = PaperServer.start(store, 0, true, SeedCorpus.BASE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String get(String path, String accept) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", accept).GET().build();
        HttpResponse<String> response = HTTP.send(r, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    @Test
    void theStoreHoldsMentionsByPositionOnly() {
        assertTrue(store.contains(Node.ANY, OA.start.asNode(), Node.ANY));
        assertFalse(store.contains(Node.ANY, OA.exact.asNode(), Node.ANY), "no quote selectors at the default detail");
    }

    @Test
    void thePaperPageShowsMentionsInContextFromThePassageText() throws Exception {
        String html = get("/page/paper/doi/10.1038~s41375-025-02729-w", "text/html");
        assertTrue(html.contains("<mark>ALK</mark>"), "the mention, cut from its passage by its offsets");
        assertTrue(html.contains("<mark>crizotinib</mark>"));
        int link = html.indexOf("ncbigene%2F238\">");
        assertTrue(link > 0, html);
        String label = html.substring(html.indexOf('>', link) + 1, html.indexOf("</a>", link));
        assertEquals("ALK", label, "the entity's label, from the shared graph");
    }

    @Test
    void thePaperDataDocumentDescribesWhatItMentions() throws Exception {
        String ttl = get("/data/paper/doi/10.1038~s41375-025-02729-w.ttl", "text/turtle");
        Graph g = RDFParser.fromString(ttl, Lang.TURTLE).toGraph();
        assertTrue(g.contains(NodeFactory.createURI(PAPER), DCTerms.title.asNode(), Node.ANY));
        assertTrue(g.contains(ALK, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("238")),
                "the description of ALK, kept in the shared graph, comes with the paper");
        assertTrue(g.contains(ALK, RDFS.label.asNode(), Node.ANY));
    }
}
