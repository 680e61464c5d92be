package org.litlod.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.litlod.vocab.LITLOD;

/**
 * Serves the HTML pages of litlod IRIs at {@code /page/{path}}: the paper page for papers and
 * the generic resource page for everything else, 404 for unknown IRIs.
 */
final class PageServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    PageServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = subPath(req, "/page");
        String iri = site.space.iriOfPath(path);
        ResourceKind kind = path.isEmpty() ? ResourceKind.NONE : site.describer.kind(iri);
        if (kind == ResourceKind.NONE) {
            notFound(resp, "<" + iri + ">");
            return;
        }
        if (HttpCaching.notModified(req, resp, site.store.version(), "html")) {
            cors(resp);
            return;
        }
        String html = kind == ResourceKind.PAPER ? paper(iri)
                : new ResourcePage(site.space).render(iri, kind, site.describer.describe(iri));
        sendHtml(resp, 200, html);
    }

    private String paper(String iri) {
        Node paper = NodeFactory.createURI(iri);
        DatasetGraph dsg = site.store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(Node.ANY, paper, RDF.type.asNode(), LITLOD.Paper.asNode());
            Quad q = it.next();
            Iter.close(it);
            Node g = q.getGraph();
            PaperView view = new PaperReader(withEntities(dsg, g), site.space).read(paper, g.isURI() ? g.getURI() : null);
            return new PaperPage(site.space).render(view);
        });
    }

    /**
     * The paper's graph seen together with the shared graphs of entity descriptions it requires
     * ({@code dcterms:requires}), where the labels of the entities it names are.
     */
    private static org.apache.jena.graph.Graph withEntities(DatasetGraph dsg, Node g) {
        org.apache.jena.graph.Graph out = dsg.getGraph(g);
        var required = dsg.find(g, g, org.apache.jena.vocabulary.DCTerms.requires.asNode(), Node.ANY);
        while (required.hasNext()) {
            Node shared = required.next().getObject();
            if (shared.isURI()) {
                out = new org.apache.jena.graph.compose.Union(out, dsg.getGraph(shared));
            }
        }
        return out;
    }
}
