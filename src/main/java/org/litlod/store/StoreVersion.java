package org.litlod.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Computes and caches the {@link DataVersion} of a dataset. The digest covers the sorted graph
 * names, the quad count and an order-independent hash of every quad, so it changes with any
 * change of content and is the same after a restart over unchanged data. It is recomputed only after a write transaction has
 * begun on the TDB2 database, which the transaction coordinator counts. Each new version is
 * dated at least a second after the one before, so If-Modified-Since never confuses them.
 */
final class StoreVersion {
    private long seenWrites = -1;
    private DataVersion cached;

    synchronized DataVersion current(DatasetGraph dsg) {
        TransactionCoordinator tc = TDBInternal.isTDB2(dsg) ? TDBInternal.getTransactionCoordinator(dsg) : null;
        long writes = tc == null ? -1 : tc.countBeginWrite();
        boolean writing = tc == null || tc.countActiveWriter() > 0;
        if (cached != null && !writing && writes == seenWrites) {
            return cached;
        }
        String tag = Txn.calculateRead(dsg, () -> digest(dsg));
        if (cached == null || !cached.tag().equals(tag)) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            if (cached != null && !now.isAfter(cached.modified())) {
                now = cached.modified().plusSeconds(1);
            }
            cached = new DataVersion(tag, now);
        }
        seenWrites = writing ? -1 : writes;
        return cached;
    }

    private static String digest(DatasetGraph dsg) {
        MessageDigest md = sha256();
        List<String> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(n -> names.add(n.toString()));
        names.sort(null);
        names.forEach(n -> update(md, n));
        long quads = 0;
        long content = 0;
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            quads++;
            long h = hash(q.getGraph());
            h = h * 1_000_003 + hash(q.getSubject());
            h = h * 1_000_003 + hash(q.getPredicate());
            h = h * 1_000_003 + hash(q.getObject());
            content += mix(h);
        }
        update(md, quads + " " + content);
        return HexFormat.of().formatHex(md.digest(), 0, 8);
    }

    /** A hash of a node that is the same in every JVM (String.hashCode is specified). */
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

    /** The 64-bit finaliser of MurmurHash3, so that summing the quads' hashes spreads well. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JVM", e);
        }
    }
}
