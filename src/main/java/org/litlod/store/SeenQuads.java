package org.litlod.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The quads a bulk load has already sent to the store, as 128-bit fingerprints in an
 * open-addressing table (16 bytes a quad), for the quads that come again and again: the entity
 * descriptions of the shared graphs, which every batch of documents naming an entity carries.
 * Up to a fixed number of quads; past it, quads not yet seen are no longer remembered and
 * {@link #firstTime} says yes to them, so nothing is ever left out, at worst sent twice (the
 * store keeps a quad once however often it comes). Two independent 64-bit hashes of the quad's
 * terms make a false "seen before" (which would lose a quad) about as likely as a collision of
 * 128 random bits. Not thread-safe.
 */
final class SeenQuads {
    /** Quads remembered at most: 64 MB of table. */
    static final int MAX = 2_000_000;
    private static final long EMPTY = 0L;

    private final int max;
    private long[] table = new long[2 * 1024];
    private int size;

    SeenQuads() {
        this(MAX);
    }

    /** A set that remembers at most {@code max} quads (tests). */
    SeenQuads(int max) {
        this.max = max;
    }

    /** Whether {@code q} has not come before (or may not have: past the limit); remembers it. */
    boolean firstTime(Quad q) {
        Fingerprint f = new Fingerprint();
        f.term(q.getGraph());
        f.term(q.getSubject());
        f.term(q.getPredicate());
        f.term(q.getObject());
        long a = QuadDigest.mix(f.a);
        long b = QuadDigest.mix(f.b);
        if (a == EMPTY && b == EMPTY) {
            b = 1;
        }
        int slot = find(table, a, b);
        if (table[slot] != EMPTY || table[slot + 1] != EMPTY) {
            return false;
        }
        if (size >= max) {
            return true;
        }
        table[slot] = a;
        table[slot + 1] = b;
        if (++size * 3 > table.length) {
            grow();
        }
        return true;
    }

    /** How many quads are remembered. */
    int size() {
        return size;
    }

    /** The slot (an even index) of the fingerprint {@code a, b} in {@code t}, or the empty slot where it would go. */
    private static int find(long[] t, long a, long b) {
        int mask = t.length / 2 - 1;
        int i = (int) (a ^ (a >>> 32)) & mask;
        while (true) {
            int s = 2 * i;
            if ((t[s] == EMPTY && t[s + 1] == EMPTY) || (t[s] == a && t[s + 1] == b)) {
                return s;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] bigger = new long[table.length * 2];
        for (int s = 0; s < table.length; s += 2) {
            if (table[s] != EMPTY || table[s + 1] != EMPTY) {
                int to = find(bigger, table[s], table[s + 1]);
                bigger[to] = table[s];
                bigger[to + 1] = table[s + 1];
            }
        }
        table = bigger;
    }

    /**
     * Two independent 64-bit hashes of a quad's terms, each with its kind, taken in one pass over
     * their characters (FNV-1a with different seeds and multipliers).
     */
    private static final class Fingerprint {
        private static final long PRIME_A = 0x100000001b3L;
        private static final long PRIME_B = 0xff51afd7ed558ccdL;
        private long a = 0xcbf29ce484222325L;
        private long b = 0x9e3779b97f4a7c15L;

        void term(Node n) {
            if (n.isLiteral()) {
                chars('"', n.getLiteralLexicalForm());
                chars('@', n.getLiteralLanguage());
                chars('^', n.getLiteralDatatypeURI());
            } else if (n.isBlank()) {
                chars('_', n.getBlankNodeLabel());
            } else {
                chars('<', n.isURI() ? n.getURI() : n.toString());
            }
        }

        /** A term's kind and text, then an end mark, so that no two sequences of terms read the same. */
        private void chars(char kind, String s) {
            add(kind);
            for (int i = 0; i < s.length(); i++) {
                add(s.charAt(i));
            }
            add(0xFFFF);
        }

        private void add(int c) {
            a = (a ^ c) * PRIME_A;
            b = (b ^ c) * PRIME_B;
        }
    }
}
