package org.litlod.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.text.TextIndexException;

/**
 * {@code /search?q=words}: the papers whose title, abstract, key findings or other text match
 * the words, and the entities whose labels match them, from the full-text index. The same
 * search is {@code text:query} in SPARQL; the page shows that query too.
 */
final class SearchServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;
    static final int MAX_LENGTH = 200;
    private final transient Site site;

    SearchServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_LENGTH) {
            error(resp, 400, "Search too long", "LITLOD-LD-401",
                    "A search may have at most " + MAX_LENGTH + " characters; use SPARQL with text:query for more.");
            return;
        }
        Html h = new Html().element("h1", q.isEmpty() ? "Search" : "Search: " + q);
        form(h, q);
        if (!q.isEmpty()) {
            TextSearch.Results results;
            try {
                results = new TextSearch(site.store).run(q);
            } catch (TextIndexException e) {
                error(resp, 400, "Search not understood", "LITLOD-LD-402",
                        "The full-text index could not search for these words; try other words.");
                return;
            }
            papers(h, results.papers());
            entities(h, results.entities());
            h.open("details").element("summary", "The same search in SPARQL")
                    .element("pre", TextSearch.sparqlFor(q), "class", "sparql").close("details");
        }
        resp.setHeader("Cache-Control", "no-cache");
        sendHtml(resp, 200, PageLayout.render(q.isEmpty() ? "Search" : "Search: " + q, Map.of(), h));
    }

    private static void form(Html h, String q) {
        h.open("form", "action", "/search", "method", "get", "role", "search", "class", "search")
                .element("label", "Words to find in titles, abstracts, key findings and entity names", "for", "q")
                .open("input", "type", "search", "id", "q", "name", "q", "value", q, "maxlength",
                        String.valueOf(MAX_LENGTH), "placeholder", "e.g. crizotinib resistance")
                .element("button", "Search", "type", "submit").close("form");
    }

    private void papers(Html h, List<TextSearch.Hit> papers) {
        h.open("section", "aria-labelledby", "paper-hits").element("h2", "Papers (" + papers.size() + ")", "id", "paper-hits");
        if (papers.isEmpty()) {
            h.element("p", "No paper matches.");
        } else {
            h.open("ol", "class", "hits");
            for (TextSearch.Hit p : papers) {
                h.open("li").link(site.space.pageUrl(p.iri()), p.label());
                if (p.snippet() != null) {
                    h.element("p", p.snippet(), "class", "snippet");
                }
                h.close("li");
            }
            h.close("ol");
        }
        h.close("section");
    }

    private void entities(Html h, List<TextSearch.Hit> entities) {
        h.open("section", "aria-labelledby", "entity-hits")
                .element("h2", "Genes, diseases, chemicals, species (" + entities.size() + ")", "id", "entity-hits");
        if (entities.isEmpty()) {
            h.element("p", "No entity name matches.");
        } else {
            h.open("ul", "class", "hits");
            for (TextSearch.Hit e : entities) {
                h.open("li").link(site.space.pageUrl(e.iri()), e.label());
                if (e.snippet() != null) {
                    h.text(" ").element("span", e.snippet(), "class", "kind-inline");
                }
                h.close("li");
            }
            h.close("ul");
        }
        h.close("section");
    }
}
