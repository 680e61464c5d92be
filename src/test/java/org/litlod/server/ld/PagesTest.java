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

/** Server-rendered HTML: paper pages, entity pages, the home page, generic pages and the stylesheet. */
class PagesTest {
    @TempDir
    static Path dir;
    static LdTestServer s;

    @BeforeAll
    static void start() {
        s = new LdTestServer(dir);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static String entityPage(String iri) {
        return "/entity/page?iri=" + IriSpace.encode(iri);
    }

    @Test
    void thePaperPageShowsMetadataAuthorsFindingsSectionsReferencesAndEntities() throws Exception {
        HttpResponse<String> r = s.get("/page" + LdTestServer.path(LdTestServer.PAPER_A), "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String html = r.body();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(html.contains("<title>Crizotinib promotes megakaryopoiesis in myelodysplastic neoplasms · litlod</title>"));
        assertTrue(html.contains("<h1>Crizotinib promotes megakaryopoiesis in myelodysplastic neoplasms</h1>"));
        assertTrue(html.contains("<a href=\"/page/paper/doi/10.1038~s41375-025-02729-w/author/1\">Hiroki Kobayashi</a>, "
                + "<a href=\"/page/paper/doi/10.1038~s41375-025-02729-w/author/2\">Yuka Harada</a>"), "authors in order");
        assertTrue(html.contains("<summary>Affiliations</summary><ul><li>Hiroki Kobayashi: University of Tokyo</li></ul>"));
        assertTrue(html.contains("<a href=\"/page/journal/leukemia\">Leukemia</a>"));
        assertTrue(html.contains("<a href=\"https://doi.org/10.1038/s41375-025-02729-w\">DOI 10.1038/s41375-025-02729-w</a>"));
        assertTrue(html.contains("<li>Crizotinib induces polyploidization.</li><li>The effect is mediated through Aurora kinases.</li>"),
                "findings in order");
        assertTrue(html.contains("<h3>Results</h3><p>Crizotinib increased platelet counts in mice.</p>"));
        assertTrue(html.contains("Shaw AT et al. Crizotinib in ALK-rearranged lung cancer."));
        assertTrue(html.contains("<h2 id=\"tldr\">TL;DR</h2><p>Crizotinib can treat low platelet counts.</p>"));
        assertTrue(html.contains("<main id=\"content\">") && html.contains("<nav aria-label=\"Site\">"), "landmarks");
        assertTrue(html.contains("href=\"/static/litlod.css\""));
        assertTrue(html.contains("name=\"viewport\""));
    }

    @Test
    void entitiesAreShownByLabelWithCountsMentionsAndLinks() throws Exception {
        String html = s.get("/page" + LdTestServer.path(LdTestServer.PAPER_A), "text/html").body();
        String crizotinib = "<a href=\"" + entityPage(LdTestServer.CRIZOTINIB).replace("&", "&amp;") + "\">crizotinib</a>";
        assertTrue(html.contains("<th scope=\"row\">" + crizotinib + "</th><td>Chemical</td><td>PubChem CID 11597571</td><td class=\"num\">2"), html);
        assertTrue(html.contains("…Here, we identified <mark>crizotinib</mark>, an inhibitor of ALK…"), "mention in context");
        assertTrue(html.contains("…megakaryocyte maturation. <mark>Crizotinib</mark> relieved thrombocytopenia…"));
        assertTrue(html.contains(">ALK</a>") && html.contains(">Thrombocytopenia</a>") && html.contains(">myelodysplastic neoplasm</a>"));
        assertTrue(html.indexOf(">crizotinib</a>") < html.indexOf(">ALK</a>"), "most mentioned first");
        for (String iri : new String[] {LdTestServer.CRIZOTINIB, "http://identifiers.org/ncbigene/238",
                "http://id.nlm.nih.gov/mesh/D013921", "http://purl.obolibrary.org/obo/MONDO_0002049"}) {
            assertFalse(html.contains(">" + iri + "<"), "no bare IRI as text where a label exists: " + iri);
        }
    }

    @Test
    void markupInTheDataIsEscaped() throws Exception {
        String html = s.get("/page" + LdTestServer.path(LdTestServer.PAPER_B), "text/html").body();
        assertTrue(html.contains("<h1>Crizotinib in ALK-rearranged &lt;i&gt;NSCLC&lt;/i&gt; &amp; beyond</h1>"));
        assertFalse(html.contains("<i>NSCLC</i>"));
    }

    @Test
    void theEntityPageListsItsIdentifiersAndThePapersMentioningIt() throws Exception {
        HttpResponse<String> r = s.get(entityPage(LdTestServer.CRIZOTINIB), "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<h1>crizotinib</h1>"));
        assertTrue(html.contains("<code>11597571</code>"));
        assertTrue(html.contains("PubChem: <a href=\"https://pubchem.ncbi.nlm.nih.gov/compound/11597571\">CID 11597571</a>"));
        assertTrue(html.contains("MeSH: <a href=\"https://meshb.nlm.nih.gov/record/ui?ui=D000077547\">D000077547</a>"));
        String b = "<a href=\"/page/paper/pmid/22277784\">Crizotinib in ALK-rearranged &lt;i&gt;NSCLC&lt;/i&gt; &amp; beyond</a> — 5 mentions as Chemical";
        String a = "<a href=\"/page/paper/doi/10.1038~s41375-025-02729-w\">Crizotinib promotes megakaryopoiesis in myelodysplastic neoplasms</a> — 2 mentions";
        assertTrue(html.contains(b) && html.contains(a), html);
        assertTrue(html.indexOf(b) < html.indexOf(a), "most mentions first");

        String gene = s.get(entityPage("http://identifiers.org/ncbigene/238"), "text/html").body();
        assertTrue(gene.contains("<h1>ALK</h1>") && gene.contains("Also known as: anaplastic lymphoma kinase"));
        assertTrue(gene.contains("NCBI Gene: <a href=\"https://www.ncbi.nlm.nih.gov/gene/238\">238</a>"));
        assertEquals(1, gene.split("NCBI Gene: ", -1).length - 1, "one line per database record, not per IRI");
        String taxon = s.get(entityPage("http://purl.obolibrary.org/obo/NCBITaxon_9606"), "text/html").body();
        assertTrue(taxon.contains("NCBI Taxonomy: <a href=\"https://www.ncbi.nlm.nih.gov/Taxonomy/Browser/wwwtax.cgi?id=9606\">9606</a>"));
        String mondo = s.get(entityPage("http://purl.obolibrary.org/obo/MONDO_0002049"), "text/html").body();
        assertTrue(mondo.contains("MONDO: <a href=\"https://monarchinitiative.org/MONDO:0002049\">MONDO:0002049</a>"));
    }

    @Test
    void theHomePageListsPapersAndLinksTheEndpoint() throws Exception {
        HttpResponse<String> r = s.get("/", "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("Papers (2)"));
        int a = html.indexOf("<a href=\"/page/paper/doi/10.1038~s41375-025-02729-w\">");
        int b = html.indexOf("<a href=\"/page/paper/pmid/22277784\">");
        assertTrue(a > 0 && b > a, "newest first");
        assertTrue(html.contains("href=\"/papers/sparql\""));
        assertTrue(html.contains("href=\"/dumps/litlod.nq.gz\""));
    }

    @Test
    void genericPagesShowLabelsAndIncomingLinks() throws Exception {
        String html = s.get("/page" + LdTestServer.path(LdTestServer.PAPER_A) + "/author/1", "text/html").body();
        assertTrue(html.contains("<h1>Hiroki Kobayashi</h1>"));
        assertTrue(html.contains("University of Tokyo"));
        assertTrue(html.contains("<a href=\"/page/paper/doi/10.1038~s41375-025-02729-w\">Crizotinib promotes megakaryopoiesis"
                + " in myelodysplastic neoplasms</a> (author)"), "linked from the paper, by label");
        assertTrue(html.contains("<a href=\"/page/paper/doi/10.1038~s41375-025-02729-w/authors\">authors</a> (item 1)"),
                "an unlabelled local resource is named from its path, not shown as a bare IRI");
        String finding = s.get("/page" + LdTestServer.path(LdTestServer.PAPER_A) + "/finding/1", "text/html").body();
        assertTrue(finding.contains("<h1>Crizotinib induces polyploidization.</h1>"));
        String dataset = s.get("/page/dataset", "text/html").body();
        assertTrue(dataset.contains("<h1>litlod: biomedical papers as linked data</h1>"));
        String graph = s.get("/page" + LdTestServer.path(LdTestServer.GRAPH_A), "text/html").body();
        assertTrue(graph.contains("named graph") && graph.contains("Paper: <a href=\"/page/paper/doi/10.1038~s41375-025-02729-w\">"));
    }

    @Test
    void theStylesheetIsServedFromTheClasspath() throws Exception {
        HttpResponse<String> r = s.get("/static/litlod.css", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertTrue(r.body().contains("@media (max-width: 36rem)"));
        assertEquals(404, s.get("/static/../pom.xml", null).statusCode());
    }
}
