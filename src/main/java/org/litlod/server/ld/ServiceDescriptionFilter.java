package org.litlod.server.ld;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Answers a GET of the SPARQL endpoint that carries no query with the SPARQL 1.1 Service
 * Description (in the negotiated RDF syntax, Turtle by default); every other request goes on
 * to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {
    private final Site site;

    ServiceDescriptionFilter(Site site) {
        this.site = site;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        boolean get = "GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod());
        if (!get || req.getParameter("query") != null) {
            chain.doFilter(request, response);
            return;
        }
        LinkedDataServlet.varyOnAccept(resp);
        Optional<Representation> r = site.rdfNegotiator.choose(req.getHeader("Accept"));
        Representation rep = r.orElse(Representation.TURTLE);
        if (HttpCaching.notModified(req, resp, site.store.version(), "sd-" + rep.extension())) {
            LinkedDataServlet.cors(resp);
            return;
        }
        LinkedDataServlet.sendRdf(resp, site.service.model(), rep);
    }
}
