package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's full-text index: shared per directory, kept in step, rebuilt for old stores, same as config.ttl. */
class TextIndexingTest {
    private static final String TEXT = "http://jena.apache.org/text#";


    private static Graph labelled(String iri, String label) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(NodeFactory.createURI(iri), RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        return g;
    }

    @Test
    void oneStorePerDirectoryAndAGraphsEntriesGoWithIt(@TempDir Path dir) {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        try {
            assertSame(store, PaperStore.open(dir.resolve("db/../db")));
            assertTrue(Files.isDirectory(dir.resolve("db").resolve(TextIndexing.FOLDER)));
            // the same entity labelled in two documents: removing one keeps the other's entry
            store.replace("http://example.org/g1", labelled("http://example.org/alk", "anaplastic lymphoma kinase"), List.of());
            store.replace("http://example.org/g2", labelled("http://example.org/alk", "anaplastic lymphoma kinase"), List.of());
            store.remove(List.of("http://example.org/g1"));
            assertEquals(List.of("http://example.org/alk"), TextHits.of(store, "lymphoma"));
            store.remove(List.of("http://example.org/g2"));
            assertEquals(List.of(), TextHits.of(store, "lymphoma"));
        } finally {
            store.close();
        }
        try (PaperStore reopened = PaperStore.open(dir.resolve("db"))) {
            reopened.replace("http://example.org/g3", labelled("http://example.org/ros1", "ROS proto-oncogene 1"), List.of());
            assertEquals(List.of("http://example.org/ros1"), TextHits.of(reopened, "oncogene"), "a reopened index takes writes");
        }
    }

    @Test
    void anIndexMissingFromAnOlderStoreIsBuiltFromItsData(@TempDir Path dir) {
        Path db = dir.resolve("old");
        var tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        Txn.executeWrite(tdb, () -> tdb.add(NodeFactory.createURI("http://example.org/g"),
                NodeFactory.createURI("http://example.org/gene"), RDFS.label.asNode(),
                NodeFactory.createLiteralString("crizotinib target")));
        try (PaperStore store = PaperStore.open(db)) {
            assertEquals(List.of("http://example.org/gene"), TextHits.of(store, "crizotinib"));
        }
    }

    @Test
    void theDefinitionMatchesTheFusekiConfiguration() {
        Model config = RDFDataMgr.loadModel(Path.of("fuseki-config/config.ttl").toUri().toString());
        Resource index = config.listResourcesWithProperty(config.createProperty(TEXT, "entityMap")).next();
        assertEquals(TextIndexing.config().isValueStored(),
                index.getProperty(config.createProperty(TEXT, "storeValues")).getBoolean());
        Resource map = config.listResourcesWithProperty(config.createProperty(TEXT, "entityField")).next();
        assertEquals(TextIndexing.ENTITY_FIELD, map.getProperty(config.createProperty(TEXT, "entityField")).getString());
        assertEquals(TextIndexing.GRAPH_FIELD, map.getProperty(config.createProperty(TEXT, "graphField")).getString());
        assertEquals(TextIndexing.LANG_FIELD, map.getProperty(config.createProperty(TEXT, "langField")).getString());
        assertEquals(TextIndexing.UID_FIELD, map.getProperty(config.createProperty(TEXT, "uidField")).getString());
        assertEquals(TextIndexing.FIELD, map.getProperty(config.createProperty(TEXT, "defaultField")).getString());
        List<Node> predicates = new ArrayList<>();
        for (RDFNode entry : map.getPropertyResourceValue(config.createProperty(TEXT, "map"))
                .as(org.apache.jena.rdf.model.RDFList.class).asJavaList()) {
            Resource e = entry.asResource();
            assertEquals(TextIndexing.FIELD, e.getProperty(config.createProperty(TEXT, "field")).getString());
            predicates.add(e.getPropertyResourceValue(config.createProperty(TEXT, "predicate")).asNode());
        }
        assertEquals(TextIndexing.PREDICATES, predicates);
    }
}
