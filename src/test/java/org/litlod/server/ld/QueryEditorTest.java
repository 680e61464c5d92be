package org.litlod.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.server.examples.ExampleCatalogue;
import org.litlod.server.examples.ExampleQuery;

/** The SPARQL editor page at {@code /query}: YASGUI from the classpath and the example catalogue. */
class QueryEditorTest {
    @TempDir
    static Path dir;
    private static LdTestServer t;

    @BeforeAll
    static void start() {
        t = new LdTestServer(dir);
    }

    @AfterAll
    static void stop() {
        t.close();
        t.store.close();
    }

    @Test
    void thePageListsEveryExampleAndLoadsTheEditorFromLitlodItself() throws Exception {
        HttpResponse<String> r = t.get("/query", "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        for (ExampleQuery e : ExampleCatalogue.load()) {
            assertTrue(html.contains("data-example=\"" + e.id() + "\">" + Html.escape(e.title()) + "</button>"), e.id());
            assertTrue(html.contains(Html.escape(e.description())), e.id());
        }
        assertTrue(html.contains("<script src=\"/webjars/yasgui/yasgui.min.js\">"), html);
        assertTrue(html.contains("data-endpoint=\"/papers/sparql\""), html);
        assertFalse(html.contains("https://cdn") || html.contains("unpkg.com") || html.contains("googleapis"), "no CDN");
        // the example JSON cannot close its script element early
        String json = html.substring(html.indexOf("id=\"example-queries\">"));
        json = json.substring(0, json.indexOf("</script>"));
        assertFalse(json.contains("<"), json);
    }

    @Test
    void theEditorGetsValidQueriesWithoutTheirCommentHeaderAndTheFirstReturnsRowsOnAnyStoreWithPapers() throws Exception {
        String html = t.get("/query", "text/html").body();
        String json = html.substring(html.indexOf("id=\"example-queries\">") + "id=\"example-queries\">".length());
        json = json.substring(0, json.indexOf("</script>"));
        com.fasterxml.jackson.databind.JsonNode examples = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertTrue(examples.size() > 0);
        for (com.fasterxml.jackson.databind.JsonNode e : examples) {
            String query = e.get("query").asText();
            assertFalse(query.contains("# title:") || query.contains("# description:"), e.get("id") + ": " + query);
            assertTrue(query.startsWith("PREFIX") || query.startsWith("SELECT") || query.startsWith("CONSTRUCT")
                    || query.startsWith("ASK") || query.startsWith("DESCRIBE"), query);
            org.apache.jena.query.QueryFactory.create(query); // a valid query as the editor holds it
        }
        // the first example, which the editor shows on opening, finds the papers of this store (not the seeds)
        String first = examples.get(0).get("query").asText();
        HttpResponse<String> rows = t.get("/papers/sparql?query=" + java.net.URLEncoder.encode(first,
                java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, rows.statusCode(), rows.body());
        assertTrue(rows.body().contains(LdTestServer.PAPER_A), rows.body());
        assertTrue(rows.body().contains(LdTestServer.PAPER_B), rows.body());
        // an example another engine runs is shown with where it runs, without a link running it here
        for (ExampleQuery e : ExampleCatalogue.published()) {
            if (e.target() != null) {
                assertTrue(html.contains("Runs at <code>" + Html.escape(e.target()) + "</code>"), e.id());
            }
        }
    }

    @Test
    void theEditorScriptAndStylesComeFromTheWebJar() throws Exception {
        HttpResponse<byte[]> js = t.bytes("/webjars/yasgui/yasgui.min.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length > 500_000, "the bundled YASGUI, " + js.body().length + " bytes");
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(200, t.bytes("/webjars/yasgui/yasgui.min.css").statusCode());
        assertEquals(200, t.bytes("/static/query.js").statusCode());
        assertEquals(404, t.bytes("/webjars/yasgui/package.json").statusCode(), "only the listed files");
    }

    @Test
    void theHomePageLinksTheEditor() throws Exception {
        String home = t.get("/", "text/html").body();
        assertTrue(home.contains("<a href=\"/query\">"), home);
    }
}
