package org.litlod.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.DatabaseOps;

/**
 * The quad indexes of the stores litlod creates: GSPO, SPOG, POSG and OSPG, four of TDB2's six.
 *
 * <p>Each paper is a named graph of a few hundred quads. The two indexes TDB2 adds by default
 * that lead with the graph after GSPO (GPOS, GOSP) serve patterns whose graph is named and whose
 * subject is not; for a paper's graph, GSPO finds those by reading its few hundred quads, and a
 * pattern with predicate and object given is found by POSG whatever the graph. Leaving them out
 * takes a third off the indexes on disk and off the work of building them; a store made with
 * TDB2's six (by another tool, or by litlod before) is opened with its own indexes, as TDB2
 * records them in its {@code tdb.cfg}.
 *
 * <p>TDB2 keeps a database's layout in {@code tdb.cfg} in the database folder. Its compaction
 * copies only the one in the {@code Data-NNNN} folder, so the layout is written there too.
 */
public final class StoreLayout {
    /** The quad indexes of a new store, the primary first. */
    public static final List<String> QUAD_INDEXES = List.of("GSPO", "SPOG", "POSG", "OSPG");
    private static final Pattern INDEX_NAME = Pattern.compile("[GSPO]{4}|[SPO]{3}");

    private StoreLayout() {
    }

    /** The store parameters of a new store: TDB2's defaults with {@link #QUAD_INDEXES}. */
    public static StoreParams params() {
        return StoreParamsBuilder.create(StoreParams.getDftStoreParams())
                .primaryIndexQuads(QUAD_INDEXES.get(0))
                .quadIndexes(QUAD_INDEXES.toArray(String[]::new))
                .build();
    }

    /**
     * Connects to the database in {@code db}, creating it with this layout when the folder holds
     * none; an existing database keeps the indexes it was made with.
     */
    static DatasetGraph connect(Path db) {
        if (StoreCreation.holdsDatabase(db)) {
            return DatabaseMgr.connectDatasetGraph(db.toString());
        }
        StoreParams params = params();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(db.toString()), params);
        Path storage = DatabaseOps.findStorageLocation(db);
        if (storage != null) {
            StoreParamsCodec.write(Location.create(storage.toString()), params);
        }
        return dsg;
    }

    /** The names of the quad indexes the database {@code tdb} uses. */
    static Set<String> quadIndexes(DatasetGraph tdb) {
        Set<String> names = new TreeSet<>();
        for (TupleIndex index : IndexStamp.database(tdb).getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            names.add(index.getName());
        }
        return names;
    }

    /** Whether the database {@code tdb} has the six quad indexes of TDB2's default layout (TDB2's own loaders need them). */
    static boolean hasTdb2Layout(DatasetGraph tdb) {
        return quadIndexes(tdb).containsAll(List.of(StoreParams.getDftStoreParams().getQuadIndexes()));
    }

    /**
     * Whether a file named {@code fileName} in a {@code Data-NNNN} folder belongs to a tuple
     * index that is not among {@code live}: compaction by TDB2 writes all six quad indexes
     * whatever the layout, and the database opened again uses only those of its layout.
     */
    static boolean isUnusedIndexFile(String fileName, Set<String> live) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) {
            return false;
        }
        String base = fileName.substring(0, dot);
        return INDEX_NAME.matcher(base).matches() && base.chars().distinct().count() == base.length()
                && !live.contains(base);
    }
}
