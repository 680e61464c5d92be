package org.litlod.server.ld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litlod.server.examples.ExampleCatalogue;
import org.litlod.server.examples.ExampleQuery;

/**
 * {@code /query}: a SPARQL editor (YASGUI, from the classpath) pointed at the endpoint, with the
 * example-query catalogue listed beside it; choosing an example puts it in the editor (the query
 * without its comment header, whose title and description are shown beside it) and runs it,
 * except the examples another engine runs. Works without JavaScript as a list of the examples
 * with links that run them on the endpoint. The first example returns rows on any store with papers.
 */
final class QueryEditorServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;
    private final String html;

    QueryEditorServlet(String sparqlPath) {
        List<ExampleQuery> examples = ExampleCatalogue.published();
        Html h = new Html().element("h1", "Query the papers with SPARQL");
        h.open("p").text("The editor sends queries to ").element("code", sparqlPath)
                .text(" (default graph: all papers; full-text search with ").element("code", "text:query")
                .text("). Pick an example to start, then press the run button or Ctrl+Enter.").close("p");
        h.open("div", "class", "query-layout");
        h.open("nav", "class", "examples", "aria-labelledby", "examples-title")
                .element("h2", "Example queries", "id", "examples-title").open("ol");
        for (ExampleQuery e : examples) {
            h.open("li").open("button", "type", "button", "class", "example", "data-example", e.id())
                    .text(e.title()).close("button")
                    .element("p", e.description(), "class", "description");
            if (e.target() == null) {
                h.link(sparqlPath + "?query=" + IriSpace.encode(e.editorText()), "Run without the editor",
                        "class", "plain-run");
            } else {
                // another engine runs it and calls litlod: the editor shows it but does not run it here
                h.open("p", "class", "plain-run").text("Runs at ").element("code", e.target()).close("p");
            }
            h.close("li");
        }
        h.close("ol").close("nav");
        h.open("div", "id", "yasgui", "data-endpoint", sparqlPath, "aria-label", "SPARQL editor and results").close("div");
        h.close("div");
        h.open("script", "type", "application/json", "id", "example-queries").append(json(examples)).close("script");
        h.open("script", "src", WebJarServlet.PATH + "yasgui.min.js").close("script");
        h.open("script", "src", "/static/query.js").close("script");
        this.html = PageLayout.render("SPARQL query editor",
                Map.of(), h, "wide", WebJarServlet.PATH + "yasgui.min.css");
    }

    /** The examples as JSON that is safe inside a script element. */
    private static Html json(List<ExampleQuery> examples) {
        List<Map<String, String>> out = examples.stream().map(e -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("title", e.title());
            m.put("query", e.editorText());
            if (e.target() != null) {
                m.put("target", e.target());
            }
            return m;
        }).toList();
        try {
            String text = new ObjectMapper().writeValueAsString(out)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
            return Html.raw(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "public, max-age=300");
        sendHtml(resp, 200, html);
    }
}
