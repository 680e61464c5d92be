package org.litlod.server.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * What litlod's servlets share: the request path relative to the servlet, writing HTML and RDF
 * with CORS and content headers, and readable error pages with stable ids.
 */
abstract class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** The raw (still percent-encoded) path after the servlet's path prefix, without leading "/". */
    static String subPath(HttpServletRequest req, String prefix) {
        String uri = req.getRequestURI();
        String ctx = req.getContextPath();
        String path = uri.substring(ctx == null ? 0 : ctx.length());
        path = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /**
     * Lets browser clients elsewhere read the response: Fuseki's CORS filter has already
     * answered requests with an Origin; for the others any origin is allowed.
     */
    static void cors(HttpServletResponse resp) {
        if (!resp.containsHeader("Access-Control-Allow-Origin")) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
        }
        if (!resp.containsHeader("Access-Control-Expose-Headers")) {
            resp.setHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, Location, Content-Location, Vary, Link");
        }
    }

    /** Adds {@code Accept} to the Vary header, keeping what is there (Origin from the CORS filter). */
    static void varyOnAccept(HttpServletResponse resp) {
        String vary = resp.getHeader("Vary");
        if (vary == null || vary.isBlank()) {
            resp.setHeader("Vary", "Accept");
        } else if (!vary.toLowerCase(Locale.ROOT).contains("accept")) {
            resp.setHeader("Vary", vary + ", Accept");
        }
    }

    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        cors(resp);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    static void sendRdf(HttpServletResponse resp, Model m, Representation r) throws IOException {
        cors(resp);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(r.mediaType() + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, m, r.lang());
        }
    }

    /** A 404 page naming what was not found. */
    static void notFound(HttpServletResponse resp, String what) throws IOException {
        error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found", "LITLOD-LD-404",
                "litlod has nothing about " + what + ". Check the address, or search the papers from the home page.");
    }

    static void error(HttpServletResponse resp, int status, String title, String id, String message)
            throws IOException {
        Html main = new Html().element("h1", title)
                .open("p").text(message).close("p")
                .open("p").element("code", id).text(" · ").link("/", "Home").close("p");
        resp.setHeader("Cache-Control", "no-cache");
        sendHtml(resp, status, PageLayout.render(title, Map.of(), main));
    }

    /** 406 with the list of media types litlod can serve. */
    static void notAcceptable(HttpServletResponse resp, ContentNegotiator cn) throws IOException {
        StringBuilder types = new StringBuilder();
        cn.offered().forEach(r -> types.append(types.length() == 0 ? "" : ", ").append(r.mediaType()));
        error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not acceptable", "LITLOD-LD-406",
                "None of the requested media types is available. Available: " + types + ".");
    }
}
