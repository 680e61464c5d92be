package org.litlod.server.ld;

import java.util.Map;

/**
 * The frame every HTML page shares: language, viewport, the stylesheet from the classpath, a
 * skip link, a header with the site navigation and a search box, the main landmark and a footer. Alternate
 * links point clients and crawlers to the data documents of the page's resource.
 */
final class PageLayout {
    static final String SPARQL_PATH = "/papers/sparql";

    private PageLayout() {
    }

    /**
     * The complete page.
     *
     * @param title      the page title (also the h1 the main content should start with)
     * @param alternates media type to URL of the data documents describing the same resource
     * @param main       the content of the main landmark
     */
    static String render(String title, Map<String, String> alternates, Html main) {
        return render(title, alternates, main, null, null);
    }

    /**
     * The complete page, with a class on the main landmark ("wide" for full width) and an extra
     * stylesheet (both may be null).
     */
    static String render(String title, Map<String, String> alternates, Html main, String mainClass, String stylesheet) {
        Html h = new Html();
        h.open("head").open("meta", "charset", "utf-8")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title + " · litlod")
                .open("link", "rel", "stylesheet", "href", "/static/litlod.css");
        if (stylesheet != null) {
            h.open("link", "rel", "stylesheet", "href", stylesheet);
        }
        alternates.forEach((type, href) -> h.open("link", "rel", "alternate", "type", type, "href", href));
        h.close("head");
        h.open("body").link("#content", "Skip to content", "class", "skip");
        h.open("header", "class", "site").open("nav", "aria-label", "Site").open("ul")
                .open("li").link("/", "litlod", "class", "brand").close("li")
                .open("li").link("/query", "Query (SPARQL editor)").close("li")
                .open("li").link(SPARQL_PATH, "SPARQL endpoint").close("li")
                .open("li").link("/page/dataset", "Dataset").close("li")
                .open("li").link("/dumps/", "Downloads").close("li")
                .close("ul").close("nav")
                .open("form", "action", "/search", "method", "get", "role", "search", "class", "site-search")
                .element("label", "Search papers and entities", "for", "site-q", "class", "visually-hidden")
                .open("input", "type", "search", "id", "site-q", "name", "q", "placeholder", "Search papers, genes…",
                        "maxlength", "200")
                .element("button", "Search", "type", "submit").close("form")
                .close("header");
        h.open("main", "id", "content", "class", mainClass).append(main).close("main");
        h.open("footer", "class", "site").open("p")
                .text("Published by litlod. Data under CC BY 4.0. ")
                .link("/.well-known/void", "Dataset description (VoID)")
                .close("p").close("footer");
        h.close("body");
        return "<!DOCTYPE html>\n<html lang=\"en\">" + h + "</html>\n";
    }
}
