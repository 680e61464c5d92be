package org.litlod.store;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;

/**
 * The data version's side of one write transaction: starts from the record of the state the
 * write begins in, follows the quads the write removes and adds, and gives the record of the
 * state it commits. {@link PaperStore} reads each graph a write changes before and after the
 * change, so the digest follows what TDB2 really holds, whatever it does with the quads given to
 * it (it gives {@code "1.50"^^xsd:decimal} back as {@code "1.5"}, and then does not find that to
 * delete it).
 */
final class VersionChange {
    private final VersionRecord base;
    private final QuadDigest digest;

    VersionChange(VersionRecord base) {
        this.base = base;
        this.digest = base.digest().copy();
    }

    /** Takes out quads read from the store before the write changes them. */
    void removed(Iterator<Quad> stored) {
        stored.forEachRemaining(digest::remove);
    }

    /** Counts in quads read from the store after the write changed them. */
    void added(Iterator<Quad> stored) {
        stored.forEachRemaining(digest::add);
    }

    /**
     * Counts in a quad handed to TDB2's loader for a store that did not hold it, as the store
     * will give it back.
     */
    void loaded(Quad q) {
        digest.add(Quad.create(q.getGraph(), asStored(q.getSubject()), q.getPredicate(), asStored(q.getObject())));
    }

    /** The record of the state the write leaves; call inside the transaction, after the last change. */
    VersionRecord end(DatasetGraph tdb) {
        return base.next(IndexStamp.of(tdb), digest);
    }

    /**
     * The node as the store gives it back: TDB2 keeps numbers, dates and booleans as values
     * inside the node id, and returns them in canonical form ({@code "01"^^xsd:integer} comes back
     * as {@code "1"^^xsd:integer}).
     */
    private static Node asStored(Node n) {
        if (!n.isLiteral()) {
            return n;
        }
        NodeId id = NodeIdInline.inline(n);
        return id == null ? n : NodeIdInline.extract(id);
    }
}
