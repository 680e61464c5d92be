package org.litlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** A mapped document's graph with its entity descriptions, for the shapes, and without them after. */
class MappedDocumentTest {

    private static Triple triple(String s, String p, String o) {
        return Triple.create(NodeFactory.createURI("http://ex/" + s), NodeFactory.createURI("http://ex/" + p),
                NodeFactory.createURI("http://ex/" + o));
    }

    private static MappedDocument document() {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(triple("paper", "mentions", "gene"));
        graph.add(triple("gene", "type", "Gene"));
        Graph entities = GraphFactory.createDefaultGraph();
        entities.add(triple("gene", "type", "Gene"));
        entities.add(triple("gene", "label", "ALK"));
        return new MappedDocument("http://ex/graph", graph, "f.xml", "http://ex/entities", entities);
    }

    private static Set<Triple> triples(Graph g) {
        Set<Triple> all = new HashSet<>();
        g.find().forEachRemaining(all::add);
        return all;
    }

    @Test
    void theGraphHoldsTheDescriptionsDuringTheCallAndOnlyWhatItHeldAfter() {
        MappedDocument m = document();
        Set<Triple> before = triples(m.graph());

        Set<Triple> during = m.withDescriptions(MappedDocumentTest::triples);

        assertEquals(triples(m.described()), during);
        assertEquals(3, during.size());
        assertEquals(before, triples(m.graph()), "a description the document states too is still there");
        assertTrue(m.graph().contains(triple("gene", "type", "Gene")));
        assertEquals(2, m.entities().size(), "the descriptions are left as they were");
    }

    @Test
    void theDescriptionsAreTakenOutWhenTheCallFails() {
        MappedDocument m = document();
        Set<Triple> before = triples(m.graph());
        IllegalStateException thrown = new IllegalStateException("shapes failed");

        assertSame(thrown, assertThrows(IllegalStateException.class, () -> m.withDescriptions(g -> {
            throw thrown;
        })));
        assertEquals(before, triples(m.graph()));
    }

    @Test
    void aDocumentWithoutDescriptionsIsGivenAsItIs() {
        MappedDocument m = new MappedDocument("http://ex/graph", document().graph(), "f.xml");
        assertSame(m.graph(), m.withDescriptions(g -> g));
    }
}
