package org.litlod.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;

/**
 * Serves data documents at {@code /data/{path}.{ttl|jsonld|rdf|nt}}: the description of
 * {@code {base}{path}} in that syntax. Without an extension the syntax is negotiated (with
 * {@code Vary: Accept} and Content-Location naming the explicit URL).
 */
final class DataServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    DataServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = subPath(req, "/data");
        Optional<Representation> explicit = Optional.empty();
        int dot = path.lastIndexOf('.');
        if (dot > path.lastIndexOf('/')) {
            explicit = Representation.ofExtension(path.substring(dot + 1)).filter(r -> r.lang() != null);
            if (explicit.isPresent()) {
                path = path.substring(0, dot);
            }
        }
        String iri = site.space.iriOfPath(path);
        Representation r;
        if (explicit.isPresent()) {
            r = explicit.get();
        } else {
            LinkedDataServlet.varyOnAccept(resp);
            Optional<Representation> chosen = site.rdfNegotiator.choose(req.getHeader("Accept"));
            if (chosen.isEmpty()) {
                notAcceptable(resp, site.rdfNegotiator);
                return;
            }
            r = chosen.get();
            resp.setHeader("Content-Location", site.space.dataUrl(iri, r));
        }
        if (path.isEmpty() || site.describer.kind(iri) == ResourceKind.NONE) {
            notFound(resp, "<" + iri + ">");
            return;
        }
        if (HttpCaching.notModified(req, resp, site.store.version(), r.extension())) {
            cors(resp);
            return;
        }
        Model m = site.describer.describe(iri);
        resp.setHeader("Link", "<" + iri + ">; rel=\"describes\"");
        sendRdf(resp, m, r);
    }
}
