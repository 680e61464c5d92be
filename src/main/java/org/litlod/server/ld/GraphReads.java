package org.litlod.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.litlod.vocab.LITLOD;

/** Small reads of one graph that the page builders share: literal values, objects, ordering. */
final class GraphReads {
    private final Graph g;

    GraphReads(Graph g) {
        this.g = g;
    }

    Graph graph() {
        return g;
    }

    /** The first literal value of {@code p} on {@code s}, or null. */
    String text(Node s, Property p) {
        for (var it = g.find(s, p.asNode(), Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isLiteral()) {
                it.close();
                return o.getLiteralLexicalForm();
            }
        }
        return null;
    }

    /** Every literal value of {@code p} on {@code s}, sorted. */
    List<String> texts(Node s, Property p) {
        List<String> out = new ArrayList<>();
        g.find(s, p.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                out.add(t.getObject().getLiteralLexicalForm());
            }
        });
        out.sort(null);
        return out;
    }

    /** The objects of {@code p} on {@code s}. */
    List<Node> objects(Node s, Property p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p.asNode(), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    /** The subjects with {@code p} pointing at {@code o}. */
    List<Node> subjects(Property p, Node o) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p.asNode(), o).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    boolean hasType(Node s, Resource type) {
        return g.contains(s, RDF.type.asNode(), type.asNode());
    }

    /** The objects of {@code p} on {@code s} in the order of their litlod:position. */
    List<Node> ordered(Node s, Property p) {
        List<Node> out = objects(s, p);
        out.sort(Comparator.comparingLong((Node n) -> number(n, LITLOD.position)).thenComparing((Node n) -> n.toString()));
        return out;
    }

    /** An integer value of {@code p} on {@code s}, or {@link Long#MAX_VALUE} when absent. */
    long number(Node s, Property p) {
        String v = text(s, p);
        try {
            return v == null ? Long.MAX_VALUE : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The members of an rdf:Seq in order (rdf:_1, rdf:_2...). */
    List<Node> sequence(Node seq) {
        List<Node> out = new ArrayList<>();
        for (int i = 1; ; i++) {
            List<Node> member = objects(seq, RDF.li(i));
            if (member.isEmpty()) {
                return out;
            }
            out.add(member.get(0));
        }
    }
}
