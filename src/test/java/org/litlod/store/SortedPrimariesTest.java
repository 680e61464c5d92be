package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TDB2's node table taking the quads of a bulk load, their records gathered in sorts in each table's primary order. */
class SortedPrimariesTest {
    private static final String EX = "http://example.org/";

    private static Node uri(String local) {
        return NodeFactory.createURI(EX + local);
    }

    @Test
    void everyQuadAndTripleIsGatheredInItsTablesPrimaryOrderAndItsNodesAreInTheNodeTable(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        DatasetGraphTDB storage = IndexStamp.database(tdb);
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < 900; i++) {
            quads.add(Quad.create(uri("g/" + (i % 7)), uri("s/" + (900 - i)), uri("p/" + (i % 3)),
                    NodeFactory.createLiteralString("v" + i)));
        }
        List<Triple> triples = List.of(Triple.create(uri("d/2"), uri("p/9"), uri("o")),
                Triple.create(uri("d/1"), uri("p/9"), uri("o")));
        try (SortedPrimaries primaries = new SortedPrimaries(storage, db.resolve(LoaderWriter.GATHERED))) {
            primaries.start();
            StreamRDF stream = primaries.stream();
            quads.forEach(stream::quad);
            triples.forEach(stream::triple);
            primaries.finish();

            assertEquals(List.of("SPO", "GSPO"), List.copyOf(primaries.sorts().keySet()));
            NodeTable nodes = storage.getQuadTable().getNodeTupleTable().getNodeTable();
            Iterator<long[]> quadKeys = primaries.sorts().get("GSPO").sorted();
            Iterator<long[]> tripleKeys = primaries.sorts().get("SPO").sorted();
            List<List<Node>> gatheredQuads = Txn.calculateRead(tdb, () -> decoded(quadKeys, nodes));
            List<List<Node>> gatheredTriples = Txn.calculateRead(tdb, () -> decoded(tripleKeys, nodes));
            Set<List<Node>> sentQuads = new HashSet<>();
            quads.forEach(q -> sentQuads.add(List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())));
            assertEquals(sentQuads, new HashSet<>(gatheredQuads), "each quad, as graph, subject, predicate, object");
            assertEquals(900, gatheredQuads.size());
            assertEquals(Set.of(List.of(uri("d/1"), uri("p/9"), uri("o")), List.of(uri("d/2"), uri("p/9"), uri("o"))),
                    new HashSet<>(gatheredTriples));
            assertTrue(Txn.calculateRead(tdb, () -> IndexStamp.quadCount(tdb)) == 0, "no index took a record");
        }
        assertFalse(Files.exists(db.resolve(LoaderWriter.GATHERED)), "closing deletes the gathered records' folder");
    }

    /** The nodes of each gathered key, checking that the keys come in unsigned order. */
    private static List<List<Node>> decoded(Iterator<long[]> keys, NodeTable nodes) {
        List<List<Node>> out = new ArrayList<>();
        long[] last = null;
        byte[] bytes = new byte[Long.BYTES];
        while (keys.hasNext()) {
            long[] key = keys.next();
            if (last != null) {
                assertTrue(RecordSortTest.UNSIGNED.compare(last, key) < 0, "keys in order");
            }
            last = key;
            List<Node> row = new ArrayList<>();
            for (long id : key) {
                Bytes.setLong(id, bytes, 0);
                row.add(nodes.getNodeForNodeId(NodeIdFactory.get(bytes, 0)));
            }
            out.add(row);
        }
        return out;
    }

    @Test
    void moreQuadsThanTheBacklogTheStreamWaitsForAllComeThrough(@TempDir Path dir) {
        Path db = dir.resolve("db");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        long count = 2 * SortedPrimaries.BACKLOG + 12_345;
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            try (SortedPrimaries primaries = new SortedPrimaries(IndexStamp.database(tdb), db.resolve(LoaderWriter.GATHERED))) {
                primaries.start();
                StreamRDF stream = primaries.stream();
                Node g = uri("g");
                Node p = uri("p");
                for (long i = 0; i < count; i++) {
                    stream.quad(Quad.create(g, uri("s/" + (i % 1000)), p, NodeFactory.createLiteralDT(Long.toString(i),
                            org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)));
                }
                primaries.finish();
                assertEquals(count, primaries.sorts().get("GSPO").size(), "every quad was gathered");
            }
        }, "the stream waits for the node table, never for ever");
    }

    @Test
    void aRunThatCannotBeWrittenFailsTheLoadWithTheReasonInsteadOfHanging(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        Path notAFolder = Files.writeString(dir.resolve("gathered"), "a file where the runs would go");
        Exception e = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            SortedPrimaries primaries = new SortedPrimaries(IndexStamp.database(tdb), notAFolder, 1024);
            primaries.start();
            try {
                StreamRDF stream = primaries.stream();
                for (int i = 0; i < 30_000; i++) {
                    stream.quad(Quad.create(uri("g"), uri("s/" + i), uri("p"), uri("o")));
                }
                primaries.finish();
                return null;
            } catch (IOException | RuntimeException failed) {
                primaries.abort();
                return failed;
            }
        });
        assertTrue(e != null && String.valueOf(e.getMessage()).contains("cannot write a sort run of GSPO in " + notAFolder),
                String.valueOf(e));
    }
}
