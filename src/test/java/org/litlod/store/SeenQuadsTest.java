package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class SeenQuadsTest {
    private static final Node G = NodeFactory.createURI("https://example.org/entities/lexicon-1");
    private static final Node S = NodeFactory.createURI("http://purl.obolibrary.org/obo/MONDO_0005148");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

    private static Quad label(Node object) {
        return Quad.create(G, S, LABEL, object);
    }

    @Test
    void aQuadIsNewOnceAndSeenAfter() {
        SeenQuads seen = new SeenQuads();
        Quad q = label(NodeFactory.createLiteralLang("type 2 diabetes mellitus", "en"));

        assertTrue(seen.firstTime(q));
        assertFalse(seen.firstTime(q));
        assertFalse(seen.firstTime(label(NodeFactory.createLiteralLang("type 2 diabetes mellitus", "en"))),
                "an equal quad made again is the same quad");
        assertEquals(1, seen.size());
    }

    @Test
    void quadsThatDifferInOneTermOrInTheKindOfATermAreDifferent() {
        SeenQuads seen = new SeenQuads();
        String text = "http://example.org/x";
        Quad[] all = {
            label(NodeFactory.createLiteralString(text)),
            label(NodeFactory.createLiteralLang(text, "en")),
            label(NodeFactory.createLiteralDT(text, XSDDatatype.XSDanyURI)),
            label(NodeFactory.createURI(text)),
            label(NodeFactory.createBlankNode(text)),
            Quad.create(NodeFactory.createURI("https://example.org/entities/lexicon-2"), S, LABEL,
                    NodeFactory.createLiteralString(text)),
            Quad.create(G, NodeFactory.createURI(text), LABEL, NodeFactory.createLiteralString(text)),
        };
        for (Quad q : all) {
            assertTrue(seen.firstTime(q), q.toString());
        }
        for (Quad q : all) {
            assertFalse(seen.firstTime(q), q.toString());
        }
        assertEquals(all.length, seen.size());
    }

    @Test
    void manyQuadsAreEachNewOnceAsTheTableGrows() {
        SeenQuads seen = new SeenQuads();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            assertTrue(seen.firstTime(label(NodeFactory.createLiteralString("name " + i))), "name " + i);
        }
        for (int i = 0; i < n; i++) {
            assertFalse(seen.firstTime(label(NodeFactory.createLiteralString("name " + i))), "name " + i);
        }
        assertEquals(n, seen.size());
    }

    @Test
    void pastItsLimitNewQuadsAreAlwaysSentAndTheRememberedStaySeen() {
        SeenQuads seen = new SeenQuads(3);
        for (int i = 0; i < 3; i++) {
            assertTrue(seen.firstTime(label(NodeFactory.createLiteralString("kept " + i))));
        }
        Quad late = label(NodeFactory.createLiteralString("late"));

        assertTrue(seen.firstTime(late));
        assertTrue(seen.firstTime(late), "not remembered past the limit, so never left out");
        assertFalse(seen.firstTime(label(NodeFactory.createLiteralString("kept 1"))));
        assertEquals(3, seen.size());
    }
}
