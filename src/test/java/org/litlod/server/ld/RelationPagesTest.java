package org.litlod.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.publish.LoadReport;
import org.litlod.publish.Loading;
import org.litlod.publish.Publishers;
import org.litlod.server.PaperServer;
import org.litlod.store.PaperStore;

/**
 * Relations on the pages, over the example corpus (ontology/queries/corpus) loaded through the
 * standard pipeline without a lexicon into a real store and served on port 0: a paper page lists
 * its relations with who asserts them and the evidence sentences; an entity page lists the
 * entities relations link it to, with evidence counts.
 */
class RelationPagesTest {
    private static final String BASE = "http://localhost:3030/";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    private static PaperServer server;

    @BeforeAll
    static void start() {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        LoadReport report = Loading.run(Publishers.standard(BASE, null), store,
                List.of(Path.of("ontology", "queries", "corpus")), false);
        assertTrue(report.ok(), report.toString());
        server = PaperServer.start(store, 0, true, BASE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String page(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void aPaperPageListsItsRelationsSourceFirstWithEvidence() throws Exception {
        String html = page("/page/paper/pmid/90000102");
        assertTrue(html.contains("<h2 id=\"relations\">Relations</h2>"), html);
        String lithium = "<a href=\"/entity/page?iri=" + IriSpace.encode("http://id.nlm.nih.gov/mesh/D008094")
                .replace("&", "&amp;") + "\">lithium</a>";
        int source = html.indexOf("<tr><td>" + lithium + "</td><td>causes (CID)</td>");
        int cue = html.indexOf("<tr><td>" + lithium + "</td><td>causes (induces)</td>");
        assertTrue(source > 0 && cue > source, "the source's relation, then litlod's: " + html);
        assertTrue(html.contains("source assertion</td><td class=\"num\">2<details><summary>Evidence</summary>"
                + "<ul class=\"evidence\"><li>Polyuria in patients on long-term lithium.</li>"), html);
        assertTrue(html.contains("induction cue</td>"));
        assertTrue(html.contains("<td>occurs together in literature with (co-occurrence)</td>"), "haloperidol and polyuria");
    }

    @Test
    void anEntityPageListsRelatedEntitiesWithEvidenceCounts() throws Exception {
        String html = page("/entity/page?iri=" + IriSpace.encode("http://id.nlm.nih.gov/mesh/D011141"));
        assertTrue(html.contains("<h2 id=\"related\">Entities related to Polyuria</h2>"), html);
        assertTrue(html.contains(">lithium</a></th><td>causes</td><td class=\"num\">1</td><td class=\"num\">4</td>"
                + "<td class=\"num\">1</td></tr>"), "two relations (CID and the cue), two sentences each: " + html);
        assertTrue(html.indexOf(">lithium</a></th>") < html.indexOf(">Haloperidol</a></th>"), "most sentences first");
    }
}
