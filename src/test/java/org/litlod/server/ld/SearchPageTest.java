package org.litlod.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code /search} page over the sample papers, and the search box in every page header. */
class SearchPageTest {
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

    private static String search(String q) throws Exception {
        HttpResponse<String> r = t.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/html");
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    @Test
    void aKeyFindingLeadsToItsPaper() throws Exception {
        String html = search("polyploidization");
        assertTrue(html.contains("<a href=\"/page/paper/doi/10.1038~s41375-025-02729-w\">"), html);
        assertTrue(html.contains("Crizotinib induces polyploidization."), "the matching text is shown");
        assertTrue(html.contains("Papers (1)"), html);
    }

    @Test
    void anAlternativeLabelFindsTheEntity() throws Exception {
        String html = search("lymphoma kinase");
        assertTrue(html.contains("/entity/page?iri=http%3A%2F%2Fidentifiers.org%2Fncbigene%2F238"), html);
        assertTrue(html.contains(">ALK</a>"), html);
    }

    @Test
    void queryOperatorsInTheWordsAreTakenLiterally() throws Exception {
        String html = search("ALK-rearranged (\"crizotinib\" AND [x");
        assertTrue(html.contains("Search: ALK-rearranged"), html);
        assertFalse(html.contains("Exception"), html);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"AND", "NOT", "OR", "cancer AND", "AND crizotinib",
            "crizotinib OR", "NOT NOT", "&&", "||", "-", "*", "?", "\"", "\\", "title:", "a:b", "TO", "[a TO b]",
            "crizotinib~", "/", "~", "^2"})
    void lucenesSyntaxIsNeverAnErrorTheWordsAreSearchedAsWords(String q) throws Exception {
        String html = search(q);
        assertTrue(html.contains("Papers ("), html);
        assertFalse(html.contains("Exception"), html);
    }

    @Test
    void anOperatorWordIsSearchedLikeAnyOther() throws Exception {
        String html = search("crizotinib AND");
        assertTrue(html.contains("<a href=\"/page/paper/doi/10.1038~s41375-025-02729-w\">"), html);
    }

    @Test
    void aPaperMatchingInTitleAndAbstractIsListedOnce() throws Exception {
        String html = search("megakaryopoiesis megakaryocyte crizotinib");
        String link = "<a href=\"/page/paper/doi/10.1038~s41375-025-02729-w\">";
        assertEquals(html.indexOf(link), html.lastIndexOf(link), html);
    }

    @Test
    void everyPageHeaderHasTheSearchBoxAndTheQueryEditorLink() throws Exception {
        String home = t.get("/", "text/html").body();
        assertTrue(home.contains("<form action=\"/search\" method=\"get\" role=\"search\""), home);
        assertTrue(home.contains("<a href=\"/query\">"), home);
    }

    @Test
    void aTooLongSearchIsRefused() throws Exception {
        HttpResponse<String> r = t.get("/search?q=" + "a".repeat(SearchServlet.MAX_LENGTH + 1), "text/html");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("LITLOD-LD-401"));
    }
}
