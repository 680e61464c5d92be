package org.litlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.ids.IriMinter;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/** Entities and their document- and mention-level annotations. */
class EntityAnnotationsTest {
    static final String PAPER = DocumentMapperTest.PAPER;
    private final Sparql q = new Sparql(new DocumentMapper(new IriMinter(),
            id -> id.equals(new Identifier(IdScheme.MONDO, "0002049"))
                    ? List.of(new Identifier(IdScheme.MESH, "D013921")) : List.of(), org.litlod.ids.Labels.NONE,
            MentionDetail.FULL).map(SampleDocuments.article(), "lexicon-2026-11").described());

    @Test
    void geneIriExactMatchesAndLiteral() {
        assertTrue(q.ask("<http://identifiers.org/ncbigene/238> a litlod:Gene, biolink:Gene ;"
                + " rdfs:label \"ALK\" ; skos:altLabel \"ALK receptor tyrosine kinase\", \"ALK1\" ;"
                + " skos:exactMatch <http://purl.uniprot.org/geneid/238>, <https://www.ncbi.nlm.nih.gov/gene/238> ;"
                + " dcterms:identifier \"238\" ."));
    }

    @Test
    void diseaseTaxonAndCompound() {
        assertTrue(q.ask("<http://purl.obolibrary.org/obo/MONDO_0002049> a litlod:Disease ;"
                + " dcterms:identifier \"MONDO:0002049\" ; skos:exactMatch <http://id.nlm.nih.gov/mesh/D013921> ."
                + " <http://id.nlm.nih.gov/mesh/D013921> dcterms:identifier \"D013921\" ;"
                + " skos:exactMatch <http://identifiers.org/mesh/D013921> ."
                + " <http://purl.obolibrary.org/obo/NCBITaxon_10090> a litlod:Species ; dcterms:identifier \"10090\" ;"
                + " skos:exactMatch <http://purl.uniprot.org/taxonomy/10090>, <http://identifiers.org/taxonomy/10090> ."
                + " <http://rdf.ncbi.nlm.nih.gov/pubchem/compound/CID11597571> a litlod:Chemical ;"
                + " dcterms:identifier \"11597571\" ; skos:exactMatch <http://id.nlm.nih.gov/mesh/D000077547> ."));
    }

    @Test
    void documentAnnotationsInPubTatorShape() {
        List<String> subjects = q.values("SELECT ?s WHERE { ?a a oa:Annotation ; oa:hasTarget <" + PAPER + "> ;"
                + " oa:hasBody ?e ; dcterms:subject ?s } ORDER BY ?s");
        assertEquals(List.of("Chemical", "Disease", "Gene", "Species", "Variant"), subjects,
                "one annotation per entity: its exact matches (MeSH of a MONDO disease, a second CID) are not annotated again");
        assertTrue(q.ask("?a oa:hasTarget <" + PAPER + "> ; oa:hasBody <http://rdf.ncbi.nlm.nih.gov/pubchem/compound/CID11597571> ;"
                + " litlod:mentionCount 2 ; litlod:foundBy litlod:SourceList, litlod:DictionaryMatch ;"
                + " litlod:listName \"Linked entities\" ; litlod:category \"Chemicals\" ;"
                + " litlod:lexiconVersion \"lexicon-2026-11\" ."));
        assertTrue(q.ask("?a oa:hasBody <http://purl.obolibrary.org/obo/NCBITaxon_10090> ; litlod:mentionCount 0 ;"
                + " litlod:listName \"Linked entities\", \"Full-text entities\" ."
                + " FILTER NOT EXISTS { ?a litlod:lexiconVersion ?v }"));
    }

    @Test
    void listedEntitiesWithoutIdentifiersAreNotAnnotated() {
        assertFalse(q.ask("?e rdfs:label \"ROS1\""));
    }

    @Test
    void mentionAnnotationWithSelectorsMatchingThePassage() {
        assertTrue(q.ask("?a oa:hasBody <http://identifiers.org/ncbigene/238> ; oa:hasTarget ?t ;"
                + " litlod:foundBy litlod:AbbreviationResolution . ?t a oa:SpecificResource ;"
                + " oa:hasSource <" + PAPER + "/passage/abstract> ;"
                + " oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact \"ALK\" ;"
                + " oa:prefix ?prefix ; oa:suffix \")-positive cancer, as an inducer\" ] ,"
                + " [ a oa:TextPositionSelector ; oa:start ?s ; oa:end ?e ] ."
                + " <" + PAPER + "/passage/abstract> litlod:text ?text ."
                + " FILTER(SUBSTR(?text, ?s + 1, ?e - ?s) = \"ALK\")"
                + " FILTER(STRLEN(?prefix) = 32 && STRENDS(?prefix, \"anaplastic lymphoma kinase (\"))"));
        List<String> mismatches = q.values("SELECT ?a WHERE { ?a oa:hasTarget ?t . ?t oa:hasSource/litlod:text ?text ;"
                + " oa:hasSelector ?qs, ?ps . ?qs oa:exact ?x . ?ps oa:start ?s ; oa:end ?e ."
                + " FILTER(SUBSTR(?text, ?s + 1, ?e - ?s) != ?x) }");
        assertEquals(List.of(), mismatches);
        assertEquals(List.of("5"), q.values("SELECT (COUNT(?t) AS ?n) WHERE { ?a oa:hasTarget ?t . ?t a oa:SpecificResource }"));
    }

    @Test
    void variantScopedToItsGene() {
        String variant = "http://localhost:3030/variant/ncbigene-238/p.Leu1196Met";
        assertTrue(q.ask("<" + variant + "> a litlod:Variant ; dcterms:identifier \"p.Leu1196Met\" ;"
                + " rdfs:label \"L1196M\" ; litlod:relatedEntity <http://identifiers.org/ncbigene/238> ."
                + " ?m oa:hasBody <" + variant + "> ; litlod:relatedEntity <http://identifiers.org/ncbigene/238> ;"
                + " dcterms:subject \"Variant\" ; litlod:foundBy litlod:VariantPattern ; oa:hasTarget ?t ."
                + " ?t oa:hasSource <" + PAPER + "/passage/section/1/paragraph/1> ."));
    }

    @Test
    void passagesArePublishedAndLinked() {
        assertTrue(q.ask("<" + PAPER + "> litlod:hasPassage ?p . ?p a litlod:Passage ; litlod:passageKey \"title\" ;"
                + " dcterms:isPartOf <" + PAPER + "> ."
                + " <" + PAPER + "/section/1/paragraph/1> litlod:hasPassage <" + PAPER + "/passage/section/1/paragraph/1> ."
                + " <" + PAPER + "/reference/1> litlod:hasPassage/litlod:text \"Crizotinib resistance\" ."));
    }
}
