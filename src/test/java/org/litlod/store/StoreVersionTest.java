package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data version kept from what each write changed, and computed again only after writes that bypass litlod. */
class StoreVersionTest {
    private static final String G = "http://example.org/graph/";
    private static final Node PAPER = NodeFactory.createURI("http://example.org/paper/1");

    /** A graph with literals TDB2 keeps as values (and gives back in canonical form), a blank node and a language tag. */
    private static Graph paper(String title) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(PAPER, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "en"));
        g.add(PAPER, NodeFactory.createURI("http://example.org/pages"), NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger));
        g.add(PAPER, NodeFactory.createURI("http://example.org/score"), NodeFactory.createLiteralDT("1.50", XSDDatatype.XSDdecimal));
        g.add(PAPER, DCTerms.issued.asNode(), NodeFactory.createLiteralDT("2024-03-01T10:00:00.000Z", XSDDatatype.XSDdateTime));
        g.add(PAPER, NodeFactory.createURI("http://example.org/open"), NodeFactory.createLiteralDT("1", XSDDatatype.XSDboolean));
        Node author = NodeFactory.createBlankNode();
        g.add(PAPER, DCTerms.creator.asNode(), author);
        g.add(author, RDFS.label.asNode(), NodeFactory.createLiteralString(title + " author"));
        return g;
    }

    private static String fullDigest(PaperStore store) {
        return store.read(QuadDigest::of).tag();
    }

    /** Whether the kept record names the state the store is in: the version came from the write, not from rereading. */
    private static boolean recordIsCurrent(PaperStore store) {
        return store.read(VersionRecord::of).isPresent();
    }

    @Test
    void everyWriteBringsTheVersionUpToDateFromWhatItChanged(@TempDir Path dir) {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        String empty = store.version().tag();
        store.replace(G + "1", paper("one"), List.of());
        assertTrue(recordIsCurrent(store), "the write recorded the version of the state it committed");
        assertEquals(fullDigest(store), store.version().tag(), "values in canonical form, blank nodes, language tags");
        store.apply(List.of(GraphChange.replace(G + "2", paper("two")), GraphChange.replace(G + "1", paper("one, revised"))));
        assertEquals(fullDigest(store), store.version().tag());
        store.replace(G + "3", paper("three"), List.of(G + "2"));
        assertEquals(fullDigest(store), store.version().tag());
        store.remove(List.of(G + "1", G + "3", G + "absent"));
        assertTrue(recordIsCurrent(store));
        // TDB2 gives "1.50"^^xsd:decimal back as "1.5", which it then does not find to delete: the version counts what stays
        assertEquals(3, store.quadCount(), "one decimal left in each of graphs 1, 2 and 3");
        assertNotEquals(empty, store.version().tag());
        assertEquals(fullDigest(store), store.version().tag());
        store.remove(List.of(G + "1", G + "3"));
        assertEquals(fullDigest(store), store.version().tag(), "a removal that removes nothing keeps the version");
    }

    @Test
    void aMergeIntoASharedGraphCountsWhatItAdds(@TempDir Path dir) {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        store.apply(List.of(GraphChange.replace(G + "1", paper("one")), GraphChange.merge(G + "shared", paper("shared"))));
        assertEquals(fullDigest(store), store.version().tag());
        String before = store.version().tag();
        Graph again = GraphFactory.createDefaultGraph();
        paper("shared").find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank()) {
                again.add(t);
            }
        });
        store.apply(List.of(GraphChange.merge(G + "shared", again)));
        assertEquals(before, store.version().tag(), "merging triples the graph holds (decimals in another form included) changes nothing");
        store.apply(List.of(GraphChange.merge(G + "shared", paper("more")), GraphChange.replace(G + "2", paper("two"))));
        assertTrue(recordIsCurrent(store));
        assertEquals(fullDigest(store), store.version().tag());
        assertNotEquals(before, store.version().tag());
        store.close();
    }

    @Test
    void aRestartReadsTheKeptVersionInsteadOfTheQuads(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        PaperStore store = PaperStore.open(db);
        store.replace(G + "1", paper("one"), List.of());
        DataVersion before = store.version();
        store.close();
        DataVersion after = PaperStore.open(db).version();
        assertEquals(before, after, "same tag and same date after a restart over unchanged data");

        // A record that names the current state is believed: were the quads read again, the tag would not be this one.
        PaperStore.open(db).close();
        Path folder = PaperStore.open(db).read(VersionRecord::folder);
        VersionRecord kept = VersionRecord.read(folder).orElseThrow();
        new VersionRecord(kept.stamp(), new QuadDigest(kept.digest().count(), kept.digest().sum() + 1), kept.modified())
                .write(folder);
        PaperStore.open(db).close();
        DataVersion planted = PaperStore.open(db).version();
        assertNotEquals(before.tag(), planted.tag());
        assertEquals(new QuadDigest(kept.digest().count(), kept.digest().sum() + 1).tag(), planted.tag());
        assertTrue(Files.readString(folder.resolve(VersionRecord.FILE)).startsWith("litlod-data-version 1\n"));
    }

    @Test
    void sparqlUpdateAndTdbLoadersChangeTheVersionAndLitlodWritesCarryOn(@TempDir Path dir) {
        Path db = dir.resolve("db");
        PaperStore store = PaperStore.open(db);
        store.replace(G + "1", paper("one"), List.of());
        String loaded = store.version().tag();

        DatasetGraph served = store.datasetGraph();
        Txn.executeWrite(served, () -> UpdateExec.dataset(served).update("PREFIX dct: <http://purl.org/dc/terms/> "
                + "INSERT DATA { GRAPH <" + G + "2> { <http://example.org/paper/2> dct:title \"two\" } }").execute());
        assertFalse(recordIsCurrent(store), "SPARQL Update does not go through litlod's writers");
        String updated = store.version().tag();
        assertNotEquals(loaded, updated);
        assertEquals(fullDigest(store), updated);
        assertTrue(recordIsCurrent(store), "the version computed from every quad is kept for the new state");

        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        DataLoader loader = LoaderFactory.basicLoader(tdb, (fmt, args) -> { });
        loader.startBulk();
        loader.stream().quad(Quad.create(NodeFactory.createURI(G + "3"), PAPER, RDFS.label.asNode(),
                NodeFactory.createLiteralString("loaded by TDB2")));
        loader.finishBulk();
        String bulk = store.version().tag();
        assertNotEquals(updated, bulk, "TDB2's loader does not go through litlod's writers either");
        assertEquals(fullDigest(store), bulk);

        Txn.executeWrite(tdb, () -> tdb.delete(Quad.create(NodeFactory.createURI(G + "3"), PAPER, RDFS.label.asNode(),
                NodeFactory.createLiteralString("loaded by TDB2"))));
        store.replace(G + "4", paper("four"), List.of());
        assertEquals(fullDigest(store), store.version().tag(), "a litlod write after a foreign one starts from the right digest");
        assertTrue(recordIsCurrent(store));
    }

    @Test
    void aBulkLoadIntoANewStoreRecordsTheVersionOfWhatPassed(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("db");
        Node g = NodeFactory.createURI(G + "1");
        BulkWriter writer = BulkStore.open(db).writer(BulkStore.Loader.PHASED);
        writer.add(sink -> paper("one").find().forEachRemaining(t -> sink.quad(Quad.create(g, t))));
        writer.finish(stage -> { });
        PaperStore store = PaperStore.open(db);
        assertTrue(recordIsCurrent(store), "recorded from the quads as they passed");
        assertEquals(fullDigest(store), store.version().tag());

        Path again = dir.resolve("again");
        Quad twice = Quad.create(g, PAPER, RDFS.label.asNode(), NodeFactory.createLiteralString("sent twice"));
        BulkWriter duplicates = BulkStore.open(again).writer(BulkStore.Loader.PHASED);
        duplicates.add(sink -> {
            sink.quad(twice);
            sink.quad(twice);
        });
        duplicates.finish(stage -> { });
        PaperStore other = PaperStore.open(again);
        assertFalse(recordIsCurrent(other), "a quad sent twice is stored once: the count tells, and nothing is kept");
        assertEquals(fullDigest(other), other.version().tag());
    }

    @Test
    void sharedGraphsSentByManyBatchesAreReadBackSoTheBulkLoadStillRecordsItsVersion(@TempDir Path dir) throws IOException {
        Node paperGraph = NodeFactory.createURI(G + "1");
        Node otherPaperGraph = NodeFactory.createURI(G + "2");
        Node entities = NodeFactory.createURI(G + "entities");
        Quad description = Quad.create(entities, PAPER, RDFS.label.asNode(), NodeFactory.createLiteralString("an entity"));
        Path db = dir.resolve("db");
        BulkWriter writer = BulkStore.open(db).writer(BulkStore.Loader.PHASED, iri -> iri.equals(G + "entities"));
        writer.add(sink -> {
            paper("one").find().forEachRemaining(t -> sink.quad(Quad.create(paperGraph, t)));
            sink.quad(description);
        });
        writer.add(sink -> {
            paper("two").find().forEachRemaining(t -> sink.quad(Quad.create(otherPaperGraph, t)));
            sink.quad(description);
        });
        writer.finish(stage -> { });
        PaperStore store = PaperStore.open(db);
        assertTrue(recordIsCurrent(store), "the description came twice, yet the version was recorded");
        assertEquals(fullDigest(store), store.version().tag());
    }

    @Test
    void compactionKeepsTheVersionAndItsRecord(@TempDir Path dir) {
        Path db = dir.resolve("db");
        PaperStore store = PaperStore.open(db);
        store.replace(G + "1", paper("one"), List.of());
        store.replace(G + "1", paper("one, revised"), List.of());
        DataVersion before = store.version();
        Optional<Path> oldFolder = Optional.of(store.read(VersionRecord::folder));
        Compaction.run(db);
        PaperStore compacted = PaperStore.open(db);
        assertNotEquals(oldFolder.get(), compacted.read(VersionRecord::folder), "compaction made a new Data folder");
        assertTrue(recordIsCurrent(compacted), "the record moved with the data");
        assertEquals(before, compacted.version());
    }
}
