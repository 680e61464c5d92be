package org.litlod.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A store opened for a bulk load. TDB2's bulk loaders are not transactional, so a bulk load into
 * a new store marks it ({@value #INCOMPLETE}) until it has finished, and opening a store that
 * carries the mark empties it first: the load starts again. A store that already holds data
 * takes the load one document graph per write transaction instead, through the text-indexed
 * dataset, and is never marked.
 */
public final class BulkStore {
    /** The file that marks a store whose bulk load has not finished. */
    public static final String INCOMPLETE = "litlod-bulk.incomplete";

    /** The TDB2 loader for a new store. */
    public enum Loader {
        /**
         * Only the primary indexes while the quads come; then each other index is sorted from its
         * primary and written in full blocks (as Jena's {@code tdb2.xloader} does, in this
         * process and without the Unix {@code sort}). The store never takes the space of
         * half-full index blocks, so it is the loader for stores near the size of the disk.
         */
        SORTED,
        /**
         * All indexes built in parallel (about 8 threads), then packed into full blocks. TDB2's
         * loader names the six quad indexes of TDB2's default layout, so the new store gets those
         * six rather than the four of {@link StoreLayout}.
         */
        PARALLEL,
        /** Indexes built in phases (less memory and fewer threads), then packed into full blocks; six quad indexes as {@link #PARALLEL}. */
        PHASED;

        /** The loader of this name in lower case, as options name it. */
        public static Optional<Loader> named(String name) {
            return Arrays.stream(values()).filter(l -> l.label().equals(name)).findFirst();
        }

        /** The names of the loaders, as options name them. */
        public static List<String> labels() {
            return Arrays.stream(values()).map(Loader::label).toList();
        }

        /** This loader's name in lower case. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Path db;
    private DatasetGraph tdb;
    private final boolean restarted;
    private final boolean fresh;

    private BulkStore(Path db, DatasetGraph tdb, boolean restarted) {
        this.db = db;
        this.tdb = tdb;
        this.restarted = restarted;
        this.fresh = !Files.exists(db.resolve(TextIndexing.FOLDER)) && Txn.calculateRead(tdb, tdb::isEmpty);
    }

    /**
     * Opens (creating if needed) the store in {@code db} for a bulk load, emptying it first when
     * an earlier bulk load left it unfinished.
     *
     * @throws StoreInUseException when another process holds the database
     * @throws ForeignFolderException when {@code db} is a file or a folder of other files
     */
    public static BulkStore open(Path db) throws IOException {
        boolean restarted = Files.exists(db.resolve(INCOMPLETE));
        if (restarted) {
            empty(db);
        }
        ForeignFolderException.check(db);
        Files.createDirectories(db);
        DatasetGraph tdb = StoreInUseException.translating(db, () -> StoreLayout.connect(db));
        return new BulkStore(db, tdb, restarted);
    }

    /** The database directory. */
    public Path location() {
        return db;
    }

    /** Whether opening emptied a store an earlier bulk load had left unfinished. */
    public boolean restarted() {
        return restarted;
    }

    /** Whether the store held nothing when opened: the load goes through TDB2's bulk loader and marks it until finished. */
    public boolean isNew() {
        return fresh;
    }

    /** The IRIs of the named graphs the store holds. */
    public List<String> graphs() {
        return Txn.calculateRead(tdb, () -> {
            List<String> names = new ArrayList<>();
            tdb.listGraphNodes().forEachRemaining(n -> names.add(n.getURI()));
            return names;
        });
    }

    /**
     * Starts the load: marks a new store unfinished and feeds {@code loader}; into a store with
     * data, writes one transaction per graph (then {@code loader} does not matter).
     */
    public BulkWriter writer(Loader loader) throws IOException {
        return writer(loader, g -> false);
    }

    /**
     * As {@link #writer(Loader)}, with graphs shared by many documents.
     *
     * @param shared which graphs are shared by many documents: into a store with data their
     *               quads are added to what they hold, where every other graph is replaced
     */
    public BulkWriter writer(Loader loader, java.util.function.Predicate<String> shared) throws IOException {
        if (!fresh) {
            return new TransactionalWriter(PaperStore.open(db), shared);
        }
        if (loader != Loader.SORTED && !StoreLayout.hasTdb2Layout(tdb)) {
            TDBInternal.expel(tdb);
            empty(db);
            tdb = StoreInUseException.translating(db, () -> DatabaseMgr.connectDatasetGraph(db.toString()));
        }
        Path mark = db.resolve(INCOMPLETE);
        Files.createFile(mark);
        return new LoaderWriter(tdb, db, loader, mark, shared);
    }

    /** Deletes the contents of a store left unfinished by a bulk load (it holds nothing else). */
    private static void empty(Path db) throws IOException {
        try (Stream<Path> all = Files.walk(db)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(db)) {
                    Files.delete(p);
                }
            }
        }
    }
}
