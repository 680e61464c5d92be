package org.litlod.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litlod.store.GraphChange;
import org.litlod.store.PaperStore;
import org.litlod.store.StoreException;

/**
 * The writes of several input files gathered into one write transaction: only graphs that were
 * converted, mapped and checked are gathered, so a document that fails is simply not among them.
 * The batch is written once it holds {@link #MAX_DOCUMENTS} documents or {@link #MAX_QUADS}
 * quads, and at the end of a load. Should the batched write fail, each file of the batch is
 * written in a transaction of its own, so that a file the store refuses fails alone.
 *
 * <p>A file's outcome is known only once its writes committed, so outcomes are handed out by
 * {@link #flush()}, in the order the files were added.
 */
final class LoadBatch {
    /** Most documents written in one transaction. */
    static final int MAX_DOCUMENTS = 250;
    /** Most quads written in one transaction (beyond one document's). */
    static final int MAX_QUADS = 250_000;

    private final PaperStore store;
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, String> graphSources = new HashMap<>();
    private final List<FileOutcome> done = new ArrayList<>();
    private int documents;
    private long quads;

    private record Pending(FileOutcome outcome, List<GraphChange> changes) {
    }

    LoadBatch(PaperStore store) {
        this.store = store;
    }

    PaperStore store() {
        return store;
    }

    /**
     * The published name of the file whose pending write replaces {@code graph}, if any: the
     * store does not know of it yet.
     */
    Optional<String> pendingSource(String graph) {
        return Optional.ofNullable(graphSources.get(graph));
    }

    /** Whether writes are waiting. */
    boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * Adds the writes of one file, whose outcome holds once they commit; writes the batch when
     * it is full.
     */
    void add(String published, FileOutcome outcome, List<GraphChange> changes) {
        pending.add(new Pending(outcome, List.copyOf(changes)));
        for (GraphChange c : changes) {
            if (c.merge()) {
                quads += c.size();
            } else if (c.content() != null) {
                graphSources.put(c.graph(), published);
                documents++;
                quads += c.size();
            } else {
                graphSources.remove(c.graph());
            }
        }
        if (documents >= MAX_DOCUMENTS || quads >= MAX_QUADS) {
            write();
        }
    }

    /** Adds the outcome of a file that needs no write (unchanged, unreadable, or stored on its own). */
    void done(FileOutcome outcome) {
        write();
        done.add(outcome);
    }

    /** Writes what is waiting and hands out the outcomes of all files added so far. */
    List<FileOutcome> flush() {
        write();
        List<FileOutcome> out = List.copyOf(done);
        done.clear();
        return out;
    }

    /** Writes what is waiting now, before a write that must come after it. */
    void write() {
        if (pending.isEmpty()) {
            return;
        }
        List<GraphChange> all = new ArrayList<>();
        pending.forEach(p -> all.addAll(p.changes()));
        try {
            store.apply(all);
            pending.forEach(p -> done.add(p.outcome()));
        } catch (StoreException e) {
            pending.forEach(p -> done.add(writeAlone(p)));
        }
        pending.clear();
        graphSources.clear();
        documents = 0;
        quads = 0;
    }

    private FileOutcome writeAlone(Pending p) {
        try {
            store.apply(p.changes());
            return p.outcome();
        } catch (StoreException e) {
            FileOutcome o = p.outcome();
            List<String> errors = new ArrayList<>(o.errors());
            errors.add("LITLOD-LOAD-002 " + o.file() + ": " + e.getMessage());
            return new FileOutcome(o.file(), FileOutcome.Status.FAILED, List.of(), errors, o.warnings());
        }
    }
}
