package org.litlod.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /.well-known/void}: the VoID/DCAT description of the dataset (RFC 5785 location from
 * the VoID specification), in the negotiated RDF syntax (Turtle by default); browsers asking
 * for HTML are sent to the dataset's page.
 */
final class VoidServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    VoidServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        LinkedDataServlet.varyOnAccept(resp);
        Optional<Representation> r = site.negotiator.choose(req.getHeader("Accept"));
        if (r.isEmpty()) {
            notAcceptable(resp, site.negotiator);
            return;
        }
        if (r.get() == Representation.HTML) {
            cors(resp);
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", site.space.pageUrl(site.space.dataset()));
            return;
        }
        if (HttpCaching.notModified(req, resp, site.store.version(), "void-" + r.get().extension())) {
            cors(resp);
            return;
        }
        sendRdf(resp, site.dataset.model(), r.get());
    }
}
