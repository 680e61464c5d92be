package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.TableBase;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rewriting a TDB2 database's indexes into full blocks: the same quads through every index, in fewer blocks. */
class IndexPackingTest {
    private static final String EX = "http://example.org/";

    /** 40 graphs × 60 subjects × 4 predicates, plus 300 default-graph triples, in a shuffled order. */
    private static List<Quad> quads() {
        List<Quad> all = new ArrayList<>();
        for (int g = 0; g < 40; g++) {
            for (int s = 0; s < 60; s++) {
                for (int p = 0; p < 4; p++) {
                    Node o = p == 3 ? NodeFactory.createURI(EX + "entity/" + (s % 7))
                            : NodeFactory.createLiteralString("value " + g + "/" + s + "/" + p);
                    all.add(Quad.create(uri("graph/" + g), uri("s/" + g + "/" + s), uri("p/" + p), o));
                }
            }
        }
        for (int s = 0; s < 300; s++) {
            all.add(Quad.create(Quad.defaultGraphIRI, uri("d/" + s), uri("p/9"), uri("entity/" + (s % 5))));
        }
        Collections.shuffle(all, new Random(15));
        return all;
    }

    private static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    private static DatasetGraph filled(Path db, List<Quad> quads) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        Txn.executeWrite(tdb, () -> quads.forEach(tdb::add));
        return tdb;
    }

    @Test
    void everyIndexAnswersWithTheSameQuadsInFullBlocks(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        List<Quad> quads = quads();
        DatasetGraph tdb = filled(db, quads);
        Map<String, Long> blocksBefore = Txn.calculateRead(tdb, () -> recordBlocks(tdb));
        Files.writeString(Files.createDirectories(db.resolve(IndexPacking.WORK)).resolve("SPOG.dat"),
                "what a packing killed before its rename left behind");

        IndexPacking.Result result = IndexPacking.run(db, tdb);

        DatasetGraph packed = DatabaseMgr.connectDatasetGraph(db.toString());
        Map<String, Long> blocksAfter = Txn.calculateRead(packed, () -> recordBlocks(packed));
        assertEquals(9, result.indexes(), "three triple and six quad indexes, none of them empty");
        assertTrue(result.after() < result.before(), result.toString());
        for (String index : List.of("SPOG", "POSG", "OSPG", "GSPO", "GPOS", "GOSP")) {
            long before = blocksBefore.get(index);
            long after = blocksAfter.get(index);
            assertTrue(after < before, index + ": " + before + " record blocks before, " + after + " after");
            assertTrue(9600 / after >= 230, index + ": " + after + " blocks of 32-byte records for 9600 quads");
        }
        Txn.executeRead(packed, () -> assertSameThroughEveryIndex(packed, quads));
        assertEquals(db.resolve("Data-0002"), Path.of(IndexStamp.database(packed).getLocation().getDirectoryPath()));
        assertEquals(List.of("Data-0002", "tdb.lock"), entries(db),
                    "the packed folder replaced the old one, and the working folder is gone");
    }

    @Test
    void aPackedStoreTakesWritesAndKeepsItsDataVersion(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        List<Quad> quads = quads();
        DatasetGraph tdb = filled(db, quads);
        StoreVersion version = new StoreVersion();
        DataVersion before = Txn.calculateRead(tdb, () -> version.current(tdb));

        IndexPacking.run(db, tdb);

        DatasetGraph packed = DatabaseMgr.connectDatasetGraph(db.toString());
        Optional<VersionRecord> record = Txn.calculateRead(packed, () -> VersionRecord.of(packed));
        assertTrue(record.isPresent(), "the record names the packed state, so the version is not computed again");
        assertEquals(before, record.get().version());

        List<Quad> expected = new ArrayList<>(quads);
        Quad added = Quad.create(uri("graph/3"), uri("s/3/new"), uri("p/1"), NodeFactory.createLiteralString("added"));
        Set<Quad> removed = new HashSet<>(quads.subList(0, 500));
        Txn.executeWrite(packed, () -> {
            removed.forEach(packed::delete);
            packed.add(added);
            for (int i = 0; i < 2000; i++) {
                packed.add(Quad.create(uri("graph/" + (i % 40)), uri("s/extra/" + i), uri("p/2"), uri("entity/" + (i % 7))));
            }
        });
        expected.removeAll(removed);
        expected.add(added);
        for (int i = 0; i < 2000; i++) {
            expected.add(Quad.create(uri("graph/" + (i % 40)), uri("s/extra/" + i), uri("p/2"), uri("entity/" + (i % 7))));
        }
        Txn.executeRead(packed, () -> assertSameThroughEveryIndex(packed, expected));
        assertEquals(expected.size(), Txn.calculateRead(packed, () -> IndexStamp.quadCount(packed)));
        DataVersion after = Txn.calculateRead(packed, () -> version.current(packed));
        assertTrue(!after.equals(before), "a write after packing is a new version");
    }

    /** The quads of {@link #quads()}, and some with inline literals (TDB2 sets the high bit of their node ids). */
    private static List<Quad> withInlineValues() {
        List<Quad> all = new ArrayList<>(quads());
        for (int i = 0; i < 400; i++) {
            Node value = i % 2 == 0 ? NodeFactory.createLiteralDT(String.valueOf(i - 200), XSDDatatype.XSDinteger)
                    : NodeFactory.createLiteralDT(String.format("20%02d-01-01", i % 30), XSDDatatype.XSDdate);
            all.add(Quad.create(uri("graph/" + (i % 40)), uri("s/" + (i % 40) + "/" + (i % 60)), uri("p/5"), value));
        }
        Collections.shuffle(all, new Random(16));
        return all;
    }

    /**
     * Loads into TDB2's node table only, each table's records gathered in a sort of its own, as
     * the sorted bulk loader does; {@code duplicated} quads are sent twice.
     */
    private static SortedPrimaries gathered(Path db, DatasetGraph tdb, List<Quad> quads, int duplicated) throws IOException {
        SortedPrimaries primaries = new SortedPrimaries(IndexStamp.database(tdb), db.resolve(LoaderWriter.GATHERED));
        primaries.start();
        StreamRDF stream = primaries.stream();
        quads.forEach(stream::quad);
        quads.subList(0, duplicated).forEach(stream::quad);
        primaries.finish();
        return primaries;
    }

    @Test
    void aStoreLoadedIntoItsNodeTableGetsEveryIndexFromTheGatheredRecordsInFullBlocks(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        List<Quad> quads = withInlineValues();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        IndexPacking.Result result;
        try (SortedPrimaries primaries = gathered(db, tdb, quads, 700)) {
            assertEquals(List.of("SPO", "POS", "OSP", "GSPO", "GPOS", "GOSP", "POSG", "OSPG", "SPOG"),
                    Txn.calculateRead(tdb, () -> emptyIndexes(tdb)), "no index holds a record while the quads come");
            assertEquals(quads.size() + 700, primaries.sorts().values().stream().mapToLong(RecordSort::size).sum(),
                    "every quad sent was gathered, those sent twice twice");

            result = IndexPacking.build(db, tdb, () -> Long.MAX_VALUE, primaries.sorts());
        }

        DatasetGraph built = DatabaseMgr.connectDatasetGraph(db.toString());
        assertEquals(9, result.indexes(), "three triple indexes and six quad indexes written from the gathered records");
        Map<String, Long> blocks = Txn.calculateRead(built, () -> recordBlocks(built));
        for (String index : List.of("SPOG", "POSG", "OSPG", "GSPO", "GPOS", "GOSP")) {
            assertTrue(10000 / blocks.get(index) >= 230, index + ": " + blocks.get(index) + " blocks of 32-byte records for 10000 quads");
        }
        Txn.executeRead(built, () -> assertSameThroughEveryIndex(built, quads));
        Node year = NodeFactory.createLiteralDT("2007-01-01", XSDDatatype.XSDdate);
        Node minus = NodeFactory.createLiteralDT("-100", XSDDatatype.XSDinteger);
        Txn.executeRead(built, () -> {
            assertFinds(built.findNG(Node.ANY, Node.ANY, Node.ANY, year), quads, q -> q.getObject().equals(year), "an inline date");
            assertFinds(built.findNG(Node.ANY, Node.ANY, Node.ANY, minus), quads, q -> q.getObject().equals(minus), "an inline integer");
        });
        assertEquals(new HashSet<>(quads).size(), Txn.calculateRead(built, () -> IndexStamp.quadCount(built)),
                "a quad sent twice is stored once");
        assertEquals(List.of("Data-0002", "tdb.lock"), entries(db),
                "every index was written into one new folder; no sort runs or gathered records are left");
    }

    @Test
    void gatheredRecordsThatDoNotFitTheMemorySpillToRunsAndComeBackMerged(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        List<Quad> quads = quads();
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        RecordSort small = new RecordSort(4, 1000, 10, db.resolve(LoaderWriter.GATHERED).resolve("GSPO"));
        try (SortedPrimaries primaries = gathered(db, tdb, quads, 0)) {
            // the same records again, through a sort whose runs hold a tenth of them
            for (long[] key : (Iterable<long[]>) () -> uncheckedSorted(primaries.sorts().get("GSPO"))) {
                small.add(key, new int[] {0, 1, 2, 3});
            }
            assertTrue(Files.list(db.resolve(LoaderWriter.GATHERED).resolve("GSPO")).count() >= 9, "the runs are on disk");
            Map<String, RecordSort> spilled = new LinkedHashMap<>(primaries.sorts());
            spilled.put("GSPO", small);

            IndexPacking.build(db, tdb, () -> Long.MAX_VALUE, spilled);
        } finally {
            small.close();
        }

        DatasetGraph built = DatabaseMgr.connectDatasetGraph(db.toString());
        Txn.executeRead(built, () -> assertSameThroughEveryIndex(built, quads));
    }

    private static java.util.Iterator<long[]> uncheckedSorted(RecordSort sort) {
        try {
            return sort.sorted();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void withoutTheFreeDiskToBuildTheIndexesTheErrorSaysSoAndTheStoreIsLeftAsItWas(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        try (SortedPrimaries primaries = gathered(db, tdb, quads(), 0)) {
            IOException e = assertThrows(IOException.class, () -> IndexPacking.build(db, tdb, () -> 0, primaries.sorts()));

            assertTrue(e.getMessage().contains("not building the indexes: they need about"), e.getMessage());
        }
        assertEquals(List.of("Data-0001", "tdb.lock"), entries(db));
    }

    @Test
    void withoutTheFreeDiskForThePackedIndexesNothingChanges(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        List<Quad> quads = quads();
        DatasetGraph tdb = filled(db, quads);

        IOException e = assertThrows(IOException.class, () -> IndexPacking.run(db, tdb, () -> 0));

        assertTrue(e.getMessage().contains("MB of free disk, and 0 MB are free"), e.getMessage());
        assertEquals(List.of("Data-0001", "tdb.lock"), entries(db));
        Txn.executeRead(tdb, () -> assertSameThroughEveryIndex(tdb, quads));
    }

    /**
     * Each pattern below is answered by a different index (named graphs: S by SPOG, P by POSG, O
     * by OSPG, G by GSPO, GP by GPOS, GO by GOSP; the default graph: S by SPO, P by POS, O by OSP).
     */
    private static void assertSameThroughEveryIndex(DatasetGraph dsg, List<Quad> expected) {
        Node any = Node.ANY;
        Node dft = Quad.defaultGraphIRI;
        Node g = uri("graph/3");
        Node s = uri("s/3/7");
        Node p = uri("p/3");
        Node o = uri("entity/4");
        assertFinds(dsg.findNG(any, any, any, any), expected, q -> !q.isDefaultGraph(), "all named");
        assertFinds(dsg.findNG(any, s, any, any), expected, q -> !q.isDefaultGraph() && q.getSubject().equals(s), "S");
        assertFinds(dsg.findNG(any, any, p, any), expected, q -> !q.isDefaultGraph() && q.getPredicate().equals(p), "P");
        assertFinds(dsg.findNG(any, any, any, o), expected, q -> !q.isDefaultGraph() && q.getObject().equals(o), "O");
        assertFinds(dsg.findNG(g, any, any, any), expected, q -> q.getGraph().equals(g), "G");
        assertFinds(dsg.findNG(g, any, p, any), expected, q -> q.getGraph().equals(g) && q.getPredicate().equals(p), "GP");
        assertFinds(dsg.findNG(g, any, any, o), expected, q -> q.getGraph().equals(g) && q.getObject().equals(o), "GO");
        Node ds = uri("d/12");
        assertFinds(dsg.find(dft, ds, any, any), expected, q -> q.isDefaultGraph() && q.getSubject().equals(ds), "default S");
        assertFinds(dsg.find(dft, any, uri("p/9"), any), expected, Quad::isDefaultGraph, "default P");
        assertFinds(dsg.find(dft, any, any, o), expected, q -> q.isDefaultGraph() && q.getObject().equals(o), "default O");
    }

    private static void assertFinds(java.util.Iterator<Quad> found, List<Quad> expected, Predicate<Quad> pattern, String what) {
        Set<Triple> want = new HashSet<>();
        Set<Node> wantGraphs = new HashSet<>();
        for (Quad q : expected) {
            if (pattern.test(q)) {
                want.add(q.asTriple());
                wantGraphs.add(q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph());
            }
        }
        Set<Triple> got = new HashSet<>();
        Set<Node> gotGraphs = new HashSet<>();
        found.forEachRemaining(q -> {
            got.add(q.asTriple());
            gotGraphs.add(q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph());
        });
        assertTrue(!want.isEmpty(), what + " matches something");
        assertEquals(want, got, what);
        assertEquals(wantGraphs, gotGraphs, what);
    }

    /** The names of what the store's folder holds, sorted. */
    private static List<String> entries(Path db) throws IOException {
        try (Stream<Path> entries = Files.list(db)) {
            return entries.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** The names of the indexes of {@code dsg} that hold nothing. */
    private static List<String> emptyIndexes(DatasetGraph dsg) {
        DatasetGraphTDB tdb = IndexStamp.database(dsg);
        List<String> empty = new ArrayList<>();
        for (TableBase table : List.of(tdb.getTripleTable(), tdb.getQuadTable())) {
            for (TupleIndex index : table.getNodeTupleTable().getTupleTable().getIndexes()) {
                if (index.isEmpty()) {
                    empty.add(index.getName());
                }
            }
        }
        return empty;
    }

    /** The number of record blocks each index of {@code dsg} has allocated. */
    private static Map<String, Long> recordBlocks(DatasetGraph dsg) {
        DatasetGraphTDB tdb = IndexStamp.database(dsg);
        Map<String, Long> blocks = new LinkedHashMap<>();
        for (TableBase table : List.of(tdb.getTripleTable(), tdb.getQuadTable())) {
            for (TupleIndex index : table.getNodeTupleTable().getTupleTable().getIndexes()) {
                BPlusTree tree = (BPlusTree) ((TupleIndexRecord) index).getRangeIndex();
                blocks.put(index.getName(), tree.getRecordsMgr().allocLimit());
            }
        }
        return blocks;
    }
}
