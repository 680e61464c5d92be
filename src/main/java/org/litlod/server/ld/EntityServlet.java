package org.litlod.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Pages and data of external entities, which litlod describes but does not mint:
 * {@code /entity/page?iri=...} (HTML) and {@code /entity/data?iri=...&format=ttl|jsonld|rdf|nt}
 * (negotiated when format is absent). Local IRIs are redirected to their own URLs.
 */
final class EntityServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    EntityServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String action = subPath(req, "/entity");
        String iri = req.getParameter("iri");
        if (iri == null || iri.isBlank() || !(action.equals("page") || action.equals("data"))) {
            error(resp, 400, "Bad request", "LITLOD-LD-400",
                    "Use /entity/page?iri=IRI or /entity/data?iri=IRI&format=ttl with the IRI of an entity.");
            return;
        }
        if (site.space.isLocal(iri)) {
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", site.space.resourceUrl(iri));
            return;
        }
        if (site.describer.kind(iri) == ResourceKind.NONE) {
            notFound(resp, "the entity <" + iri + ">");
            return;
        }
        if (action.equals("page")) {
            if (!HttpCaching.notModified(req, resp, site.store.version(), "html")) {
                DatasetGraph dsg = site.store.datasetGraph();
                String html = Txn.calculateRead(dsg, () -> new EntityPage(site.space).render(dsg.getUnionGraph(), iri));
                sendHtml(resp, 200, html);
            }
            return;
        }
        String format = req.getParameter("format");
        Optional<Representation> r = format == null ? site.rdfNegotiator.choose(req.getHeader("Accept"))
                : Representation.ofExtension(format).filter(x -> x.lang() != null);
        if (format == null) {
            LinkedDataServlet.varyOnAccept(resp);
        }
        if (r.isEmpty()) {
            notAcceptable(resp, site.rdfNegotiator);
            return;
        }
        if (!HttpCaching.notModified(req, resp, site.store.version(), r.get().extension())) {
            sendRdf(resp, site.describer.describe(iri), r.get());
        }
    }
}
