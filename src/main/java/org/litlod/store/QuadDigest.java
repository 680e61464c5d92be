package org.litlod.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * An order-independent digest of a set of quads: their number and the sum of a 64-bit hash of
 * each. Adding a quad and removing it again restore the digest, so a write can update it from
 * the quads it adds and removes alone, whatever the order, and it equals the digest of the same
 * quads computed from scratch. The hashes are the same in every JVM (they build on
 * {@link String#hashCode}, which Java specifies).
 */
final class QuadDigest {
    private long count;
    private long sum;

    QuadDigest(long count, long sum) {
        this.count = count;
        this.sum = sum;
    }

    /** The digest of every quad of {@code dsg}, default graph included; call inside a transaction. */
    static QuadDigest of(DatasetGraph dsg) {
        QuadDigest d = new QuadDigest(0, 0);
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
            d.add(it.next());
        }
        return d;
    }

    /** A digest that starts where this one is and changes on its own. */
    QuadDigest copy() {
        return new QuadDigest(count, sum);
    }

    /** Counts in a quad the set did not hold. */
    void add(Quad q) {
        count++;
        sum += hash(q);
    }

    /** Takes out a quad the set held. */
    void remove(Quad q) {
        count--;
        sum -= hash(q);
    }

    long count() {
        return count;
    }

    long sum() {
        return sum;
    }

    /** The short hexadecimal tag of this digest, as {@link DataVersion#tag()} carries it. */
    String tag() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((count + " " + sum).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }

    private static long hash(Quad q) {
        long h = Quad.isDefaultGraph(q.getGraph()) ? 0 : hash(q.getGraph());
        h = h * 1_000_003 + hash(q.getSubject());
        h = h * 1_000_003 + hash(q.getPredicate());
        h = h * 1_000_003 + hash(q.getObject());
        return mix(h);
    }

    private static long hash(Node n) {
        if (n.isLiteral()) {
            return 31L * (31L * n.getLiteralLexicalForm().hashCode() + n.getLiteralLanguage().hashCode())
                    + n.getLiteralDatatypeURI().hashCode();
        }
        if (n.isURI()) {
            return n.getURI().hashCode();
        }
        return n.isBlank() ? 17L * n.getBlankNodeLabel().hashCode() : n.toString().hashCode();
    }

    /** The 64-bit finaliser of MurmurHash3, so that summed hashes spread well. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
