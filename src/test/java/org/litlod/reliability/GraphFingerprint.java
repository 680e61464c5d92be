package org.litlod.reliability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What identifies a stored document graph regardless of when it was converted: its triple count
 * and a SHA-256 over its sorted triples, with blank nodes and conversion timestamps
 * ({@code xsd:dateTime} literals) blanked out, plus the normalised graph for an isomorphism check.
 */
record GraphFingerprint(long triples, String checksum, Graph normalised) {
    private static final Node TIME = NodeFactory.createLiteralDT("T", XSDDatatype.XSDstring);

    static GraphFingerprint of(Graph g) {
        Graph n = GraphFactory.createDefaultGraph();
        List<String> lines = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            Triple u = Triple.create(t.getSubject(), t.getPredicate(), untimed(t.getObject()));
            n.add(u);
            lines.add(text(u.getSubject()) + " " + text(u.getPredicate()) + " " + text(u.getObject()));
        });
        lines.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            lines.forEach(l -> md.update((l + "\n").getBytes(StandardCharsets.UTF_8)));
            return new GraphFingerprint(lines.size(), HexFormat.of().formatHex(md.digest()), n);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code other} is the same graph: same count, checksum, and isomorphic. */
    boolean matches(GraphFingerprint other) {
        return triples == other.triples && checksum.equals(other.checksum)
                && normalised.isIsomorphicWith(other.normalised);
    }

    private static Node untimed(Node o) {
        return o.isLiteral() && XSDDatatype.XSDdateTime.getURI().equals(o.getLiteralDatatypeURI()) ? TIME : o;
    }

    private static String text(Node n) {
        return n.isBlank() ? "_:b" : n.toString();
    }
}
