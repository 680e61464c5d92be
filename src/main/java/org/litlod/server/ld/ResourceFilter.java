package org.litlod.server.ld;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Answers a GET of a litlod IRI ({@code {base}paper/...}, {@code {base}graph/...},
 * {@code {base}dataset}...) with 303 See Other to its HTML page or to its data document in the
 * negotiated syntax, with {@code Vary: Accept}; 404 for IRIs the store does not know. The site
 * root shows the home page. Paths of the server's own URLs (pages, data, the SPARQL dataset...)
 * pass through. A filter rather than a servlet because Fuseki keeps the root servlet for itself.
 */
final class ResourceFilter implements Filter {
    private final Site site;
    private final List<String> reserved;

    /** @param reserved first path segments that are not resource IRIs ("page", "papers"...) */
    ResourceFilter(Site site, List<String> reserved) {
        this.site = site;
        this.reserved = List.copyOf(reserved);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = LinkedDataServlet.subPath(req, "");
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        boolean read = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (!read || reserved.contains(first) || first.startsWith("$")) {
            chain.doFilter(request, response);
            return;
        }
        if (path.isEmpty()) {
            new HomePage(site).send(req, resp);
            return;
        }
        String iri = site.space.iriOfPath(path);
        LinkedDataServlet.varyOnAccept(resp);
        if (site.describer.kind(iri) == ResourceKind.NONE) {
            LinkedDataServlet.notFound(resp, "<" + iri + ">");
            return;
        }
        Optional<Representation> r = site.negotiator.choose(req.getHeader("Accept"));
        if (r.isEmpty()) {
            LinkedDataServlet.notAcceptable(resp, site.negotiator);
            return;
        }
        String location = r.get() == Representation.HTML ? site.space.pageUrl(iri)
                : site.space.dataUrl(iri, r.get());
        LinkedDataServlet.cors(resp);
        resp.setHeader("Cache-Control", "public, max-age=300");
        resp.setHeader("Location", location);
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().write("303 See Other: " + location + "\n");
    }
}
