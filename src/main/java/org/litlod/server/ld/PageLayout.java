package org.litlod.server.ld;

import java.util.Map;

/**
 * The frame every HTML page shares: language, viewport, the stylesheet from the classpath, a
 * skip link, a header with the site navigation, the main landmark and a footer. Alternate
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
        Html h = new Html();
        h.open("head").open("meta", "charset", "utf-8")
                .open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
                .element("title", title + " · litlod")
                .open("link", "rel", "stylesheet", "href", "/static/litlod.css");
        alternates.forEach((type, href) -> h.open("link", "rel", "alternate", "type", type, "href", href));
        h.close("head");
        h.open("body").link("#content", "Skip to content", "class", "skip");
        h.open("header", "class", "site").open("nav", "aria-label", "Site").open("ul")
                .open("li").link("/", "litlod", "class", "brand").close("li")
                .open("li").link(SPARQL_PATH, "SPARQL endpoint").close("li")
                .open("li").link("/page/dataset", "Dataset").close("li")
                .open("li").link("/dumps/", "Downloads").close("li")
                .close("ul").close("nav").close("header");
        h.open("main", "id", "content").append(main).close("main");
        h.open("footer", "class", "site").open("p")
                .text("Published by litlod. Data under CC BY 4.0. ")
                .link("/.well-known/void", "Dataset description (VoID)")
                .close("p").close("footer");
        h.close("body");
        return "<!DOCTYPE html>\n<html lang=\"en\">" + h + "</html>\n";
    }
}
