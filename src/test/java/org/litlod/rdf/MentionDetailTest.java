package org.litlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.litlod.ids.Equivalents;
import org.litlod.ids.IriMinter;
import org.litlod.ids.Labels;
import org.litlod.validate.ShapeCheck;
import org.litlod.vocab.LITLOD;

/** What each mention detail writes for the same document, and that each conforms to the shapes. */
class MentionDetailTest {
    static final String PAPER = DocumentMapperTest.PAPER;

    private static MappedDocument mapped(MentionDetail detail) {
        return new DocumentMapper(new IriMinter(), Equivalents.NONE, Labels.NONE, detail)
                .map(SampleDocuments.article(), "lexicon-2026-11");
    }

    @Test
    void positionIsTheDefault() {
        assertEquals(MentionDetail.POSITION, new DocumentMapper(new IriMinter()).detail());
        assertEquals(List.of("full", "position", "document"), MentionDetail.labels());
        assertEquals(MentionDetail.DOCUMENT, MentionDetail.named("Document").orElseThrow());
        assertTrue(MentionDetail.named("quotes").isEmpty());
    }

    @Test
    void fullHasQuoteAndPositionSelectors() {
        Sparql q = new Sparql(mapped(MentionDetail.FULL).graph());
        assertEquals(List.of("5"), q.values("SELECT (COUNT(?t) AS ?n) WHERE { ?a oa:hasTarget ?t ."
                + " ?t a oa:SpecificResource ; oa:hasSelector [ a oa:TextQuoteSelector ], [ a oa:TextPositionSelector ] }"));
        assertTrue(q.ask("?a oa:hasTarget/oa:hasSource ?p ; dcterms:subject \"Gene\" ;"
                + " litlod:lexiconVersion \"lexicon-2026-11\" ."));
    }

    @Test
    void positionKeepsEveryMentionByItsOffsetsAlone() {
        Sparql q = new Sparql(mapped(MentionDetail.POSITION).graph());
        assertFalse(q.ask("?s a oa:TextQuoteSelector"), "no quote selectors");
        assertFalse(q.ask("?s oa:exact ?x"));
        assertFalse(q.ask("?a oa:hasTarget/oa:hasSource ?p ; dcterms:subject ?s"), "the subject is the document annotation's");
        assertFalse(q.ask("?a oa:hasTarget/oa:hasSource ?p ; litlod:lexiconVersion ?v"));
        assertEquals(List.of("5"), q.values("SELECT (COUNT(?t) AS ?n) WHERE { ?a a oa:Annotation ; oa:hasTarget ?t ;"
                + " litlod:foundBy ?how . ?t oa:hasSource ?p ; oa:hasSelector [ a oa:TextPositionSelector ] }"));
        assertTrue(q.ask("?a oa:hasBody <http://identifiers.org/ncbigene/238> ; oa:hasTarget ?t ."
                + " ?t oa:hasSource <" + PAPER + "/passage/abstract> ; oa:hasSelector [ oa:start ?s ; oa:end ?e ] ."
                + " <" + PAPER + "/passage/abstract> litlod:text ?text ."
                + " FILTER(SUBSTR(?text, ?s + 1, ?e - ?s) = \"ALK\")"), "the passage text at the offsets is the mention");
    }

    @Test
    void documentHasNoMentionAnnotationsButTheSameDocumentAnnotations() {
        Graph document = mapped(MentionDetail.DOCUMENT).graph();
        Sparql q = new Sparql(document);
        assertFalse(q.ask("?t oa:hasSource ?p"));
        assertFalse(q.ask("?s a oa:TextPositionSelector"));
        assertTrue(documentAnnotations(mapped(MentionDetail.FULL).graph()).isIsomorphicWith(documentAnnotations(document)));
        assertTrue(documentAnnotations(mapped(MentionDetail.POSITION).graph()).isIsomorphicWith(documentAnnotations(document)));
        assertTrue(documentAnnotations(document).size() > 20);
        assertTrue(q.ask("?a oa:hasTarget <" + PAPER + "> ; oa:hasBody <http://identifiers.org/ncbigene/238> ;"
                + " litlod:mentionCount ?n . FILTER(?n > 0)"));
    }

    @Test
    void eachDetailIsSmallerAndConforms() throws Exception {
        long previous = Long.MAX_VALUE;
        for (MentionDetail d : MentionDetail.values()) {
            MappedDocument m = mapped(d);
            ShapeCheck.standard().check(m);
            assertTrue(m.graph().size() < previous, d + " writes fewer triples than the detail before");
            previous = m.graph().size();
        }
    }

    /** The triples of the document-level annotations (those with a mention count). */
    private static Graph documentAnnotations(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find(Node.ANY, LITLOD.mentionCount.asNode(), Node.ANY).forEachRemaining(t ->
                g.find(t.getSubject(), Node.ANY, Node.ANY).forEachRemaining(out::add));
        return out;
    }
}
