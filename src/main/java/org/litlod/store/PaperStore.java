package org.litlod.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * A TDB2 database directory holding one named graph per document.
 *
 * <p>Every change runs in a single write transaction: either all of it is visible afterwards or,
 * if anything fails (including a crash of the process), none of it is. Every write goes through
 * the text-indexed dataset of {@link TextIndexing}, so the full-text index in
 * {@code {dir}/text-index} commits together with the data.
 *
 * <p>Opening the same directory twice in one JVM returns the same store (one database, one
 * Lucene index writer), so a loader and a server share it. {@link #close()} releases the index
 * writer, for instance before another program opens the directory.
 */
public final class PaperStore implements AutoCloseable {
    /** The TDB2 database in a folder could not be opened or created (damaged, unreadable, unwritable). */
    public static final String CANNOT_OPEN = "LITLOD-STORE-006";
    private static final ConcurrentMap<Path, PaperStore> OPEN = new ConcurrentHashMap<>();
    private final Path location;
    private final DatasetGraph tdb;
    private final DatasetGraphText dsg;
    private final StoreVersion version = new StoreVersion();

    private PaperStore(Path location, DatasetGraph tdb) {
        this.location = location;
        this.tdb = tdb;
        this.dsg = TextIndexing.open(tdb, location);
        // As in fuseki-config/config.ttl: queries see the union of the document graphs.
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * Opens (creating if needed) the TDB2 database and its text index in {@code dir}.
     *
     * @throws StoreInUseException when another process holds the database
     * @throws ForeignFolderException when {@code dir} is a file or a folder of other files
     */
    public static PaperStore open(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        ForeignFolderException.check(dir);
        return OPEN.computeIfAbsent(abs, p -> StoreInUseException.translating(dir, () -> {
            try {
                StoreCreation.ensure(p);
                return new PaperStore(p, DatabaseMgr.connectDatasetGraph(p.toString()));
            } catch (RuntimeException e) {
                throw cannotOpen(dir, e);
            }
        }));
    }

    /** {@value #CANNOT_OPEN} with the reason TDB2 gives at the root, unless TDB2 says the store is locked. */
    private static RuntimeException cannotOpen(Path dir, RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (String.valueOf(e.getMessage()).startsWith("LITLOD-")
                || String.valueOf(root.getMessage()).startsWith("Failed to get a lock") || root instanceof Error) {
            return e;
        }
        return new IllegalStateException(CANNOT_OPEN + " " + dir + ": cannot open or create the store ("
                + (root.getMessage() != null ? root.getMessage() : "input/output error") + ")", e);
    }

    /**
     * Opens the store in {@code dir} for commands that only read it: creates nothing.
     *
     * @throws NoStoreException when {@code dir} holds no TDB2 database
     * @throws StoreInUseException when another process holds the database
     */
    public static PaperStore openExisting(Path dir) {
        PaperStore open = OPEN.get(dir.toAbsolutePath().normalize());
        if (open != null) {
            return open;
        }
        if (!StoreCreation.holdsDatabase(dir)) {
            throw new NoStoreException(dir);
        }
        return open(dir);
    }

    /**
     * Closes the text index writer of this directory; the next {@link #open} opens it again.
     * The TDB2 database stays connected (TDB2 shares it per directory in the JVM).
     */
    @Override
    public void close() {
        if (OPEN.remove(location, this)) {
            TextIndexing.detach(tdb);
            dsg.getTextIndex().close();
        }
    }

    /** Closes the store of {@code dir} when one is open in this JVM (before compacting it). */
    static void closeIfOpen(Path dir) {
        PaperStore open = OPEN.get(dir.toAbsolutePath().normalize());
        if (open != null) {
            open.close();
        }
    }

    /** The database directory. */
    public Path location() {
        return location;
    }

    /**
     * The text-indexed dataset, for the server and for queries: {@code text:query} works on it,
     * and writes through it keep the index in step.
     */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /**
     * Removes the graphs in {@code obsolete} and replaces graph {@code graphIri} with
     * {@code content}, all in one write transaction.
     *
     * @throws StoreException if the write fails; the store is then unchanged
     */
    public void replace(String graphIri, Graph content, Collection<String> obsolete) {
        List<GraphChange> changes = new ArrayList<>();
        obsolete.forEach(o -> changes.add(GraphChange.remove(o)));
        changes.add(GraphChange.replace(graphIri, content));
        apply(changes);
    }

    /**
     * Makes the changes, in order, all in one write transaction: many small documents cost one
     * transaction rather than one each (TDB2 adds new blocks to its files with every write
     * transaction, and never reuses them until compacted). The data version follows from the
     * quads removed and added, so the write costs what it changes, not the size of the store.
     *
     * @throws StoreException if the write fails; the store is then unchanged
     */
    public void apply(List<GraphChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        VersionRecord[] committed = new VersionRecord[1];
        try {
            Txn.executeWrite(dsg, () -> {
                VersionChange v = version.change(tdb);
                // A replaced or removed graph is read before and after; a merge into a shared
                // graph counts only the triples it adds, so its cost is that of the change.
                Set<Node> touched = new LinkedHashSet<>();
                changes.stream().filter(c -> !c.merge()).forEach(c -> touched.add(NodeFactory.createURI(c.graph())));
                touched.forEach(g -> v.removed(dsg.find(g, Node.ANY, Node.ANY, Node.ANY)));
                for (GraphChange c : changes) {
                    Node g = NodeFactory.createURI(c.graph());
                    if (!c.merge()) {
                        dsg.removeGraph(g);
                    }
                    if (c.content() != null) {
                        Iterator<Triple> it = c.content().find();
                        while (it.hasNext()) {
                            Quad q = Quad.create(g, it.next());
                            if (c.merge() && !touched.contains(g)) {
                                if (!dsg.contains(q)) {
                                    dsg.add(q);
                                    v.added(dsg.find(q)); // as stored: TDB2 keeps some literals in canonical form
                                }
                            } else {
                                dsg.add(q);
                            }
                        }
                    }
                }
                touched.forEach(g -> v.added(dsg.find(g, Node.ANY, Node.ANY, Node.ANY)));
                committed[0] = v.end(tdb);
            });
        } catch (RuntimeException e) {
            String first = changes.get(changes.size() - 1).graph();
            throw new StoreException("could not " + (changes.get(changes.size() - 1).content() == null ? "remove" : "store")
                    + " graph <" + first + ">"
                    + (changes.size() > 1 ? " and " + (changes.size() - 1) + " other changes" : "")
                    + ": " + e.getMessage(), e);
        }
        version.keep(VersionRecord.folder(tdb), committed[0]);
    }

    /**
     * Removes the named graphs, in one write transaction.
     *
     * @throws StoreException if the write fails; the store is then unchanged
     */
    public void remove(Collection<String> graphIris) {
        apply(graphIris.stream().map(GraphChange::remove).toList());
    }

    /**
     * Runs {@code query} over the text-indexed dataset in one read transaction, for readers that
     * need more than the lookups here; {@code query} must not keep the dataset or its iterators.
     */
    public <T> T read(Function<DatasetGraph, T> query) {
        return Txn.calculateRead(dsg, () -> query.apply(dsg));
    }

    /** The named graphs that contain a triple with this predicate and object. */
    public Set<String> graphsWith(Node predicate, Node object) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, predicate, object);
            while (it.hasNext()) {
                Node gn = it.next().getGraph();
                if (gn.isURI() && !Quad.isDefaultGraph(gn)) {
                    out.add(gn.getURI());
                }
            }
            return out;
        });
    }

    /** Whether any named graph holds this triple. */
    public boolean contains(Node s, Node p, Node o) {
        return Txn.calculateRead(dsg, () -> dsg.find(Node.ANY, s, p, o).hasNext());
    }

    /** The IRIs of all named graphs, sorted. */
    public List<String> graphs() {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new LinkedHashSet<>();
            dsg.listGraphNodes().forEachRemaining(n -> out.add(n.getURI()));
            List<String> sorted = new ArrayList<>(out);
            sorted.sort(null);
            return sorted;
        });
    }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            Iterator<Quad> it = dsg.find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /**
     * The current version of the data: changes whenever the quads change, by whatever means, and
     * stays the same across restarts over unchanged data. Costs two index lookups after writes
     * through this class; after other writes (SPARQL Update, TDB2's own loaders) the first call
     * reads every quad once.
     */
    public DataVersion version() {
        return version.current(tdb);
    }

    /** The number of quads, from the record the data version keeps: costs what {@link #version()} costs. */
    long recordedQuadCount() {
        return Txn.calculateRead(tdb, () -> version.recorded(tdb)).digest().count();
    }
}
