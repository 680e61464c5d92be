package org.litlod.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.litlod.vocab.LITLOD;
import org.litlod.vocab.OA;

/**
 * The HTML page of an external entity the data mentions (a MONDO or MeSH disease, a gene, a
 * taxon, a compound): its label and other names, its identifiers with links to the source
 * databases, the papers that mention it with their mention counts, and the entities relations
 * link it to with their evidence counts.
 */
final class EntityPage {
    private final IriSpace space;

    private record Mentioning(String paper, String title, String type, long count) {
    }

    EntityPage(IriSpace space) {
        this.space = space;
    }

    /** Renders from the union graph (call inside a read transaction). */
    String render(Graph union, String iri) {
        Node e = NodeFactory.createURI(iri);
        GraphReads r = new GraphReads(union);
        String label = Labels.display(union, e);
        Html h = new Html();
        h.open("article").open("header");
        List<String> types = new ArrayList<>();
        r.objects(e, RDF.type).stream().map(VocabularyLabels::of).distinct().sorted().forEach(types::add);
        h.element("p", types.isEmpty() ? "Entity" : String.join(", ", types), "class", "kind").element("h1", label);
        List<String> alt = r.texts(e, SKOS.altLabel);
        if (!alt.isEmpty()) {
            h.element("p", "Also known as: " + String.join(", ", alt), "class", "alt");
        }
        DataLinks.write(h, space, iri);
        h.close("header");
        h.open("section", "aria-labelledby", "identifiers").element("h2", "Identifiers", "id", "identifiers").open("ul");
        for (String id : r.texts(e, DCTerms.identifier)) {
            h.open("li").text("Identifier: ").element("code", id).close("li");
        }
        Set<String> shown = new HashSet<>();
        sourceLink(h, iri, shown);
        for (Node m : r.objects(e, SKOS.exactMatch)) {
            if (m.isURI()) {
                sourceLink(h, m.getURI(), shown);
            }
        }
        h.close("ul").close("section");
        List<Mentioning> papers = papers(union, r, e);
        h.open("section", "aria-labelledby", "papers").element("h2", "Papers mentioning " + label, "id", "papers");
        if (papers.isEmpty()) {
            h.element("p", "No paper annotates this entity.");
        } else {
            h.open("ul", "class", "papers");
            for (Mentioning m : papers) {
                h.open("li").link(space.pageUrl(m.paper()), m.title())
                        .text(" — " + m.count() + (m.count() == 1 ? " mention" : " mentions")
                                + (m.type() == null ? "" : " as " + m.type())).close("li");
            }
            h.close("ul");
        }
        h.close("section");
        RelatedEntities.write(h, space, union, e, label);
        h.close("article");
        return PageLayout.render(label, DataLinks.alternates(space, iri), h);
    }

    /** One list item per database and identifier: two IRIs of the same record show once. */
    private void sourceLink(Html h, String iri, Set<String> shown) {
        SourceDatabases.of(iri).ifPresentOrElse(p -> {
            if (shown.add(p.database() + " " + p.identifier())) {
                h.open("li").text(p.database() + ": ").link(p.url(), p.identifier()).close("li");
            }
        }, () -> h.open("li").link(iri, iri).close("li"));
    }

    private static List<Mentioning> papers(Graph union, GraphReads r, Node e) {
        List<Mentioning> out = new ArrayList<>();
        for (Node a : r.subjects(OA.hasBody, e)) {
            for (Node target : r.objects(a, OA.hasTarget)) {
                if (r.hasType(target, LITLOD.Paper)) {
                    long n = r.number(a, LITLOD.mentionCount);
                    out.add(new Mentioning(target.getURI(), Labels.display(union, target),
                            r.text(a, DCTerms.subject), n == Long.MAX_VALUE ? 0 : n));
                }
            }
        }
        out.sort(Comparator.comparingLong(Mentioning::count).reversed().thenComparing(Mentioning::title));
        return out;
    }
}
