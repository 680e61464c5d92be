package org.litlod.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.litlod.vocab.LITLOD;

/**
 * The generic HTML page of a described resource (author, journal, section, finding,
 * annotation, the dataset and its parts): its types, a table of its properties with labelled
 * links, blank nodes shown inline, and the resources that link to it. A named graph gets a
 * summary instead of its full content.
 */
final class ResourcePage {
    private final IriSpace space;

    ResourcePage(IriSpace space) {
        this.space = space;
    }

    String render(String iri, ResourceKind kind, Model m) {
        Graph g = m.getGraph();
        Node s = NodeFactory.createURI(iri);
        String title = title(g, s);
        if (title.equals(Labels.shortForm(s)) && space.isLocal(iri)) {
            title = space.pathName(iri);
        }
        Html h = new Html();
        h.open("article").open("header");
        List<String> types = new ArrayList<>();
        g.find(s, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            String type = VocabularyLabels.of(t.getObject());
            if (!types.contains(type)) {
                types.add(type);
            }
        });
        if (kind == ResourceKind.GRAPH) {
            types.add(0, "named graph");
        }
        if (!types.isEmpty()) {
            h.element("p", String.join(", ", types), "class", "kind");
        }
        h.element("h1", title);
        DataLinks.write(h, space, iri);
        h.close("header");
        if (kind == ResourceKind.GRAPH) {
            graphSummary(h, g);
        }
        properties(h, g, s);
        incoming(h, g, s);
        h.close("article");
        return PageLayout.render(title, DataLinks.alternates(space, iri), h);
    }

    static String title(Graph g, Node s) {
        var label = Labels.of(g, s);
        if (label.isPresent()) {
            return label.get();
        }
        var text = new GraphReads(g).text(s, LITLOD.text);
        if (text != null) {
            return text.length() > 90 ? text.substring(0, 88) + "…" : text;
        }
        return Labels.shortForm(s);
    }

    private void graphSummary(Html h, Graph g) {
        h.open("section", "aria-labelledby", "content-summary").element("h2", "Content", "id", "content-summary")
                .element("p", g.size() + " triples.").open("ul");
        g.find(Node.ANY, RDF.type.asNode(), LITLOD.Paper.asNode()).forEachRemaining(t ->
                h.open("li").text("Paper: ").link(space.pageUrl(t.getSubject().getURI()), Labels.display(g, t.getSubject())).close("li"));
        h.close("ul").close("section");
    }

    private void properties(Html h, Graph g, Node s) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!t.getPredicate().equals(RDF.type.asNode())) {
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
            }
        });
        if (byProperty.isEmpty()) {
            return;
        }
        h.open("section", "aria-labelledby", "properties").element("h2", "Description", "id", "properties");
        Map<Node, List<Node>> ordered = new LinkedHashMap<>();
        byProperty.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Node, List<Node>> e) -> e.getValue().get(0).isBlank())
                        .thenComparing(e -> VocabularyLabels.of(e.getKey())))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        table(h, g, ordered, 0);
        h.close("section");
    }

    private void table(Html h, Graph g, Map<Node, List<Node>> byProperty, int depth) {
        h.open("dl", "class", "properties");
        byProperty.forEach((p, values) -> {
            h.open("dt").open("abbr", "title", p.getURI()).text(VocabularyLabels.of(p)).close("abbr").close("dt");
            values.sort(Comparator.comparing((Node v) -> sortKey(g, v), NaturalOrder.INSTANCE));
            for (Node o : values) {
                h.open("dd");
                value(h, g, o, depth);
                h.close("dd");
            }
        });
        h.close("dl");
    }

    /**
     * Literals and IRIs by their text; blank nodes by the IRIs, then the literals, they have.
     * Compared in {@link NaturalOrder}, so numbered resources (references, authors) come in order.
     */
    private static String sortKey(Graph g, Node v) {
        if (!v.isBlank()) {
            return v.isLiteral() ? v.getLiteralLexicalForm() : v.toString();
        }
        List<String> parts = new ArrayList<>();
        g.find(v, Node.ANY, Node.ANY).forEachRemaining(t -> parts.add(t.getObject().isLiteral()
                ? "~" + t.getObject().getLiteralLexicalForm() : t.getObject().toString()));
        parts.sort(null);
        return String.join(" ", parts);
    }

    private void value(Html h, Graph g, Node o, int depth) {
        if (o.isLiteral()) {
            h.text(o.getLiteralLexicalForm());
        } else if (o.isBlank()) {
            Map<Node, List<Node>> nested = new LinkedHashMap<>();
            g.find(o, Node.ANY, Node.ANY).forEachRemaining(t ->
                    nested.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject()));
            if (depth < 3 && !nested.isEmpty()) {
                table(h, g, nested, depth + 1);
            } else {
                h.text("(anonymous)");
            }
        } else if (o.isURI()) {
            link(h, g, o);
        }
    }

    /** A link to the resource's page here when the data describes it, else to the IRI itself. */
    void link(Html h, Graph g, Node o) {
        String iri = o.getURI();
        var label = Labels.of(g, o);
        if (space.isLocal(iri)) {
            h.link(space.pageUrl(iri), label.orElseGet(() -> space.pathName(iri)));
        } else if (label.isPresent()) {
            h.link(space.pageUrl(iri), label.get());
        } else {
            h.link(iri, Labels.shortForm(o));
        }
    }

    private void incoming(Html h, Graph g, Node s) {
        List<Triple> in = new ArrayList<>();
        g.find(Node.ANY, Node.ANY, s).forEachRemaining(t -> {
            if (t.getSubject().isURI() && !t.getSubject().equals(s)) {
                in.add(t);
            }
        });
        if (in.isEmpty()) {
            return;
        }
        h.open("section", "aria-labelledby", "incoming").element("h2", "Linked from", "id", "incoming").open("ul");
        for (Triple t : in) {
            h.open("li");
            link(h, g, t.getSubject());
            h.text(" (" + VocabularyLabels.of(t.getPredicate()) + ")").close("li");
        }
        h.close("ul").close("section");
    }
}
