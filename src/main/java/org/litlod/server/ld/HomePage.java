package org.litlod.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.vocabulary.DCTerms;
import org.litlod.store.DumpFormat;
import org.litlod.vocab.LITLOD;

/**
 * The home page: what litlod is, the papers (newest first, the first {@value #MAX_PAPERS}), and
 * links to the SPARQL endpoint, the dataset description and the dumps.
 */
final class HomePage {
    static final int MAX_PAPERS = 500;
    private final Site site;

    private record Entry(String iri, String title, String issued) {
    }

    HomePage(Site site) {
        this.site = site;
    }

    void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (HttpCaching.notModified(req, resp, site.store.version(), "home")) {
            LinkedDataServlet.cors(resp);
            return;
        }
        List<Entry> papers = papers();
        Html h = new Html();
        h.element("h1", "litlod: biomedical papers as linked data");
        h.open("p").text("Every paper, author, section, finding and annotation here has its own IRI that "
                + "answers in HTML, Turtle, JSON-LD, RDF/XML and N-Triples. Query everything with ")
                .link(PageLayout.SPARQL_PATH, "SPARQL").text(" (default graph: all papers), read the ")
                .link("/page/dataset", "dataset description").text(", or ")
                .link("/dumps/", "download the whole dataset").text(".").close("p");
        long total = new StoreCounts(site.store).count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <"
                + LITLOD.Paper.getURI() + "> }");
        h.open("section", "aria-labelledby", "papers").element("h2", "Papers (" + total + ")", "id", "papers");
        if (total > papers.size()) {
            h.element("p", "The newest " + papers.size() + " are listed; use SPARQL to find the others.");
        }
        if (papers.isEmpty()) {
            h.element("p", "No papers have been loaded yet.");
        } else {
            h.open("ul", "class", "papers");
            for (Entry e : papers) {
                h.open("li").link(site.space.pageUrl(e.iri()), e.title());
                if (e.issued() != null) {
                    h.text(" ").open("time", "datetime", e.issued()).text(e.issued()).close("time");
                }
                h.close("li");
            }
            h.close("ul");
        }
        h.close("section");
        h.open("section", "aria-labelledby", "sparql").element("h2", "SPARQL endpoint", "id", "sparql")
                .open("p").text("Write and run queries in the ").link("/query", "SPARQL query editor")
                .text(", which starts from worked examples, or search titles, abstracts and entity names from the box at the top.")
                .close("p")
                .open("p").text("Endpoint: ").element("code", site.dataset.endpoint()).text(". Example: ")
                .element("code", "SELECT ?paper ?title WHERE { ?paper a litlod:Paper ; dcterms:title ?title }")
                .close("p").close("section");
        h.open("section", "aria-labelledby", "dumps").element("h2", "Downloads", "id", "dumps").open("ul");
        for (DumpFormat f : DumpFormat.values()) {
            h.open("li").link("/dumps/" + f.fileName(), f.fileName()).close("li");
        }
        h.close("ul").close("section");
        LinkedDataServlet.sendHtml(resp, 200, PageLayout.render("Home", Map.of(), h));
    }

    private List<Entry> papers() {
        List<Entry> out = new ArrayList<>();
        new StoreCounts(site.store).select("SELECT ?p (SAMPLE(?t) AS ?title) (MAX(STR(?d)) AS ?issued) {"
                + " ?p a <" + LITLOD.Paper.getURI() + "> OPTIONAL { ?p <" + DCTerms.title.getURI() + "> ?t }"
                + " OPTIONAL { ?p <" + DCTerms.issued.getURI() + "> ?d } FILTER isIRI(?p) }"
                + " GROUP BY ?p ORDER BY DESC(?issued) ?title LIMIT " + MAX_PAPERS, r -> {
                    String iri = r.getResource("p").getURI();
                    out.add(new Entry(iri, r.contains("title") ? r.getLiteral("title").getLexicalForm()
                            : site.space.pathName(iri), r.contains("issued") ? r.getLiteral("issued").getLexicalForm() : null));
                });
        return out;
    }
}
