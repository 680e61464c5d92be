package org.litlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.litlod.ids.IriMinter;

/** Entity descriptions leave the document graph for the shared graph of the lexicon's version. */
class SharedEntityDescriptionsTest {
    static final String PAPER = DocumentMapperTest.PAPER;
    private static final String GENE = "http://identifiers.org/ncbigene/238";
    private final DocumentMapper mapper = new DocumentMapper(new IriMinter());
    private final MappedDocument mapped = mapper.map(SampleDocuments.article(), "lexicon-2026-11");

    @Test
    void theDocumentGraphDescribesNoEntity() {
        Sparql q = new Sparql(mapped.graph());
        assertTrue(q.ask("?a oa:hasBody <" + GENE + "> ; oa:hasTarget <" + PAPER + ">"), "the annotation stays");
        assertFalse(q.ask("<" + GENE + "> ?p ?o"), "but not the gene's label, identifier or matches");
        assertFalse(q.ask("?e a litlod:Gene"));
        assertFalse(q.ask("?e skos:exactMatch ?m"));
    }

    @Test
    void theEntitiesGraphDescribesThemAndTheDocumentRequiresIt() {
        Sparql e = new Sparql(mapped.entities());
        assertTrue(e.ask("<" + GENE + "> a litlod:Gene, biolink:Gene ; rdfs:label \"ALK\" ; dcterms:identifier \"238\" ;"
                + " skos:exactMatch <http://purl.uniprot.org/geneid/238> ."));
        assertFalse(e.ask("?a a oa:Annotation"), "nothing of the paper");
        assertTrue(e.ask("<" + mapped.entityGraphIri() + "> a prov:Collection"));
        assertTrue(new Sparql(mapped.graph()).ask("<" + mapped.graphIri() + "> dcterms:requires <"
                + mapped.entityGraphIri() + ">"));
        assertTrue(new Sparql(mapped.described()).ask("?a oa:hasBody ?g . ?g dcterms:identifier \"238\""));
        assertEquals(mapped.graph().size() + mapped.entities().size(), mapped.size());
    }

    @Test
    void theSharedGraphFollowsTheLexiconVersion() {
        IriMinter iris = new IriMinter();
        assertTrue(mapped.entityGraphIri().startsWith("http://localhost:3030/graph/entities/"));
        assertEquals(mapped.entityGraphIri(), iris.entityGraph("lexicon-2026-11"));
        assertEquals(mapped.entityGraphIri(),
                mapper.map(SampleDocuments.article(), "lexicon-2026-11").entityGraphIri(), "same version, same graph");
        assertNotEquals(mapped.entityGraphIri(), iris.entityGraph("lexicon-2026-12"));
        assertEquals("http://localhost:3030/graph/entities/sources", iris.entityGraph(null));
        assertTrue(iris.isEntityGraph(mapped.entityGraphIri()));
        assertFalse(iris.isEntityGraph(mapped.graphIri()));
    }
}
