package org.litlod.server.ld;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.litlod.vocab.LITLOD;
import org.litlod.vocab.Prefixes;

/**
 * Human-readable names of resources, read from the data: the first of rdfs:label,
 * skos:prefLabel, dcterms:title, foaf:name and litlod:heading that the resource has, preferring
 * English or untagged literals.
 */
final class Labels {
    /** The properties that name a resource, in order of preference. */
    static final List<Node> PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            DCTerms.title.asNode(), FOAF.name.asNode(), LITLOD.heading.asNode());

    private Labels() {
    }

    /** The label of {@code n} in {@code g}, if it has one. */
    static Optional<String> of(Graph g, Node n) {
        if (!n.isURI() && !n.isBlank()) {
            return Optional.empty();
        }
        for (Node p : PROPERTIES) {
            String fallback = null;
            for (var it = g.find(n, p, Node.ANY); it.hasNext(); ) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                String lang = o.getLiteralLanguage();
                if (lang.isEmpty() || lang.startsWith("en")) {
                    it.close();
                    return Optional.of(o.getLiteralLexicalForm());
                }
                fallback = fallback == null ? o.getLiteralLexicalForm() : fallback;
            }
            if (fallback != null) {
                return Optional.of(fallback);
            }
        }
        return Optional.empty();
    }

    /** The label, else the prefixed name ("mesh:D013921"), else the IRI. */
    static String display(Graph g, Node n) {
        return of(g, n).orElseGet(() -> shortForm(n));
    }

    /** The prefixed name of an IRI where litlod knows the namespace, else the IRI. */
    static String shortForm(Node n) {
        if (n.isBlank()) {
            return "(anonymous)";
        }
        return n.isURI() ? Prefixes.standard().shortForm(n.getURI()) : n.toString();
    }

    /** Copies into {@code target} the label triples, from {@code source}, of every IRI in it. */
    static void addLabels(Graph source, Graph target) {
        Set<Node> nodes = new HashSet<>();
        target.find().forEachRemaining(t -> {
            nodes.add(t.getSubject());
            if (t.getObject().isURI()) {
                nodes.add(t.getObject());
            }
        });
        List<Triple> add = new ArrayList<>();
        for (Node n : nodes) {
            if (!n.isURI()) {
                continue;
            }
            for (Node p : PROPERTIES) {
                source.find(n, p, Node.ANY).forEachRemaining(add::add);
            }
        }
        add.forEach(target::add);
    }
}
