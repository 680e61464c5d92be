package org.litlod.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.litlod.server.examples.ExampleCatalogue;
import org.litlod.server.examples.ExampleCatalogueRdf;

/**
 * {@code /.well-known/sparql-examples}: the example-query catalogue as RDF in the SIB
 * sparql-examples shape, in the negotiated RDF syntax (Turtle by default).
 */
final class SparqlExamplesServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;
    private final transient Model examples;
    private final transient ContentNegotiator negotiator;

    SparqlExamplesServlet(Site site, String sparqlPath) {
        String base = site.space.base();
        this.examples = ExampleCatalogueRdf.of(ExampleCatalogue.published(), base, base + sparqlPath.replaceFirst("^/", ""));
        this.negotiator = site.negotiator;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        varyOnAccept(resp);
        Optional<Representation> r = negotiator.choose(req.getHeader("Accept"));
        if (r.isEmpty() || r.get() == Representation.HTML) {
            r = Optional.of(Representation.TURTLE);
        }
        cors(resp);
        sendRdf(resp, examples, r.get());
    }
}
