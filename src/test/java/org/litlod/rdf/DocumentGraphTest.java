package org.litlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The per-document graph answers every find as Jena's default graph does, whatever it was asked before. */
class DocumentGraphTest {
    private static final Node[] SUBJECTS = nodes("s", 12);
    private static final Node[] PREDICATES = nodes("p", 5);
    private static final Node[] OBJECTS = {
        NodeFactory.createURI("http://ex/s1"), NodeFactory.createURI("http://ex/s2"), NodeFactory.createBlankNode("b"),
        NodeFactory.createLiteralString("1"), NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger),
        NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger), NodeFactory.createLiteralLang("1", "en")};

    private static Node[] nodes(String prefix, int n) {
        Node[] out = new Node[n];
        for (int i = 0; i < n; i++) {
            out[i] = NodeFactory.createURI("http://ex/" + prefix + i);
        }
        return out;
    }

    private static Triple random(Random r) {
        return Triple.create(SUBJECTS[r.nextInt(SUBJECTS.length)], PREDICATES[r.nextInt(PREDICATES.length)],
                OBJECTS[r.nextInt(OBJECTS.length)]);
    }

    private static Set<Triple> found(Graph g, Node s, Node p, Node o) {
        Set<Triple> out = new HashSet<>();
        g.find(s, p, o).forEachRemaining(out::add);
        return out;
    }

    /** Every pattern of concrete and wildcard terms over the nodes the graphs use, and some they do not. */
    private static void assertSameAnswers(Graph expected, Graph actual) {
        assertEquals(expected.size(), actual.size());
        List<Node> s = new ArrayList<>(List.of(SUBJECTS));
        s.add(Node.ANY);
        List<Node> p = new ArrayList<>(List.of(PREDICATES));
        p.add(Node.ANY);
        p.add(RDFS.label.asNode());
        List<Node> o = new ArrayList<>(List.of(OBJECTS));
        o.add(Node.ANY);
        for (Node sn : s) {
            for (Node pn : p) {
                for (Node on : o) {
                    Set<Triple> want = found(expected, sn, pn, on);
                    assertEquals(want, found(actual, sn, pn, on), sn + " " + pn + " " + on);
                    assertEquals(!want.isEmpty(), actual.contains(sn, pn, on), sn + " " + pn + " " + on);
                }
            }
        }
    }

    @Test
    void answersAsJenasGraphThroughRandomAddsDeletesAndFinds() {
        Random r = new Random(7);
        for (int round = 0; round < 20; round++) {
            Graph expected = GraphFactory.createDefaultGraph();
            DocumentGraph actual = new DocumentGraph();
            for (int step = 0; step < 300; step++) {
                Triple t = random(r);
                int what = r.nextInt(10);
                if (what < 6) {
                    expected.add(t);
                    actual.add(t);
                } else if (what < 8) {
                    expected.delete(t);
                    actual.delete(t);
                } else {
                    // a find builds one of the indexes mid-way; later adds and deletes must keep it right
                    Node s = r.nextBoolean() ? t.getSubject() : Node.ANY;
                    Node o = r.nextBoolean() ? t.getObject() : Node.ANY;
                    assertEquals(found(expected, s, t.getPredicate(), o), found(actual, s, t.getPredicate(), o));
                    assertEquals(found(expected, Node.ANY, t.getPredicate(), Node.ANY),
                            found(actual, Node.ANY, t.getPredicate(), Node.ANY));
                }
            }
            assertSameAnswers(expected, actual);
        }
    }

    @Test
    void triplesTakenOutLastFirstLeaveEveryIndexAsBefore() {
        Random r = new Random(11);
        Graph expected = GraphFactory.createDefaultGraph();
        DocumentGraph actual = new DocumentGraph();
        for (int i = 0; i < 40; i++) {
            Triple t = random(r);
            expected.add(t);
            actual.add(t);
        }
        assertSameAnswers(expected, actual); // builds the three indexes
        List<Triple> added = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Triple t = random(r);
            if (!actual.contains(t)) {
                actual.add(t);
                added.add(t);
            }
        }
        for (int i = added.size() - 1; i >= 0; i--) {
            actual.delete(added.get(i));
        }
        assertSameAnswers(expected, actual);
        assertEquals(expected.find().toSet(), actual.find().toSet());
    }

    @Test
    void holdsATripleOnceAndGivesTriplesInTheOrderAdded() {
        DocumentGraph g = new DocumentGraph();
        List<Triple> added = new ArrayList<>();
        Random r = new Random(3);
        for (int i = 0; i < 50; i++) {
            Triple t = random(r);
            if (!added.contains(t)) {
                added.add(t);
            }
            g.add(t);
        }
        assertEquals(added.size(), g.size());
        assertEquals(added, g.find().toList());
        assertEquals(added.stream().filter(t -> t.getSubject().equals(SUBJECTS[3])).toList(),
                g.find(SUBJECTS[3], Node.ANY, Node.ANY).toList());
    }

    @Test
    void literalsMatchAsTermsNotAsValues() {
        DocumentGraph g = new DocumentGraph();
        g.add(Triple.create(SUBJECTS[0], PREDICATES[0], OBJECTS[4]));
        assertTrue(g.contains(SUBJECTS[0], PREDICATES[0], OBJECTS[4]));
        assertFalse(g.contains(SUBJECTS[0], PREDICATES[0], OBJECTS[5]), "\"01\"^^xsd:integer is another term");
        assertFalse(g.contains(Node.ANY, Node.ANY, OBJECTS[3]), "a plain \"1\" is another term");
    }

    @Test
    void iteratorsFailFastAndCannotRemove() {
        DocumentGraph g = new DocumentGraph();
        g.add(Triple.create(SUBJECTS[0], PREDICATES[0], OBJECTS[0]));
        g.add(Triple.create(SUBJECTS[0], PREDICATES[1], OBJECTS[1]));
        ExtendedIterator<Triple> it = g.find(SUBJECTS[0], Node.ANY, Node.ANY);
        it.next();
        assertThrows(UnsupportedOperationException.class, it::remove);
        g.add(Triple.create(SUBJECTS[0], PREDICATES[2], OBJECTS[2]));
        assertThrows(ConcurrentModificationException.class, it::next);
    }

    @Test
    void clearEmptiesTheIndexesToo() {
        DocumentGraph g = new DocumentGraph();
        g.add(Triple.create(SUBJECTS[0], PREDICATES[0], OBJECTS[0]));
        assertTrue(g.contains(SUBJECTS[0], Node.ANY, Node.ANY));
        g.clear();
        assertTrue(g.isEmpty());
        assertFalse(g.contains(SUBJECTS[0], Node.ANY, Node.ANY));
        g.add(Triple.create(SUBJECTS[1], PREDICATES[1], OBJECTS[1]));
        assertEquals(1, g.find(Node.ANY, PREDICATES[1], Node.ANY).toList().size());
        assertFalse(g.contains(SUBJECTS[0], Node.ANY, Node.ANY));
    }

    @Test
    void servesTheModelApi() {
        Model m = ModelFactory.createModelForGraph(new DocumentGraph());
        Resource a = m.createResource("http://ex/a");
        a.addProperty(RDFS.label, "A").addProperty(RDFS.label, "A");
        a.addProperty(RDFS.comment, "c");
        assertEquals(2, m.size());
        assertEquals("A", a.getProperty(RDFS.label).getString());
        m.removeAll(a, RDFS.label, null);
        assertEquals(1, m.size());
        assertFalse(a.hasProperty(RDFS.label));
    }
}
