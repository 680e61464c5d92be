package org.litlod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.litlod.rdf.MappedDocument;

/** The exception a failing check raises says where to look. */
class TestShapeCheck {

    @Test
    void standardIsLoadedOnce() {
        assertSame(ShapeCheck.standard(), ShapeCheck.standard());
    }

    @Test
    void violationMessageHasIdDocumentFocusPathAndConstraint() {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, "src/test/resources/validate/base.ttl");
        RDFDataMgr.read(g, "src/test/resources/validate/invalid/paper-two-titles.ttl");
        MappedDocument m = new MappedDocument("http://x/graph/1", g, "001.txt");
        ShapeViolationException e = assertThrows(ShapeViolationException.class,
                () -> ShapeCheck.standard().check(m));
        assertEquals("001.txt", e.document());
        assertEquals(1, e.violations().size());
        assertEquals("LITLOD-SHACL-001 001.txt: 1 SHACL violation(s)\n  focus <http://x/paper1> path dcterms:title: "
                + "sh:MaxCountConstraintComponent (shape lshape:PaperTitle)", e.getMessage().replaceAll(": maxCount.*$", ""));
        assertTrue(e.getMessage().startsWith("LITLOD-SHACL-001 001.txt"));
    }
}
