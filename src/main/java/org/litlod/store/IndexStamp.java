package org.litlod.store;

import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.TableBase;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Which committed state of a TDB2 database a transaction sees: the roots of the primary index of
 * the default graph (SPO) and of the named graphs (GSPO). TDB2 copies a B+tree's root into a new
 * block whenever a write changes the tree, and never hands out a block twice within one
 * {@code Data-NNNN} folder (a write that aborts leaves no committed state behind), so each
 * committed state that changed the quads has roots no other state had. Reading them costs two
 * field reads, whatever the size of the store.
 *
 * @param triples root block of the default graph's SPO index
 * @param quads   root block of the named graphs' GSPO index
 */
record IndexStamp(int triples, int quads) {
    /** The stamp of the state the current transaction on {@code dsg} (a TDB2 dataset) sees. */
    static IndexStamp of(DatasetGraph dsg) {
        DatasetGraphTDB tdb = database(dsg);
        return new IndexStamp(primary(tdb.getTripleTable()).getRootId(), primary(tdb.getQuadTable()).getRootId());
    }

    /**
     * The number of quads, default graph included, in the state the current transaction on
     * {@code dsg} sees: the records of the two primary indexes counted, without reading a node.
     */
    static long quadCount(DatasetGraph dsg) {
        DatasetGraphTDB tdb = database(dsg);
        return primary(tdb.getTripleTable()).size() + primary(tdb.getQuadTable()).size();
    }

    /** The TDB2 database under {@code dsg} and the wrappers around it (the text index's). */
    static DatasetGraphTDB database(DatasetGraph dsg) {
        DatasetGraph inner = dsg;
        while (inner instanceof DatasetGraphWrapper w) {
            inner = w.getWrapped();
        }
        return TDBInternal.requireStorage(inner);
    }

    private static BPlusTree primary(TableBase table) {
        RangeIndex index = ((TupleIndexRecord) table.getNodeTupleTable().getTupleTable().getIndex(0)).getRangeIndex();
        return (BPlusTree) index;
    }
}
