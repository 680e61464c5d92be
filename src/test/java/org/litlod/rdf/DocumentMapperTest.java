package org.litlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.Author;
import org.litlod.model.Document;
import org.litlod.model.DocumentBuilder;
import org.litlod.model.DocumentIds;
import org.litlod.model.DocumentKind;
import org.litlod.validate.ShapeCheck;

/** Bibliographic, body and provenance triples of a hand-built article, asserted fact by fact. */
class DocumentMapperTest {
    static final String PAPER = "http://localhost:3030/paper/doi/10.1038~s41375-025-02729-w";
    private final MappedDocument mapped = new DocumentMapper(new org.litlod.ids.IriMinter())
            .map(SampleDocuments.article(), "lexicon-2026-11");
    private final Sparql q = new Sparql(mapped.graph());

    @Test
    void graphAndLabel() {
        assertEquals("http://localhost:3030/graph/doi/10.1038~s41375-025-02729-w", mapped.graphIri());
        assertEquals("000_93911e03ce8ac8a2.txt", mapped.documentLabel());
    }

    @Test
    void conformsToShapes() throws Exception {
        ShapeCheck.standard().check(mapped);
    }

    @Test
    void paperTypeTitleAndIdentifiers() {
        assertTrue(q.ask("<" + PAPER + "> a litlod:Paper, fabio:JournalArticle, fabio:Expression ;"
                + " dcterms:title \"Unraveling the impact of crizotinib to promote megakaryopoiesis\" ;"
                + " prism:doi \"10.1038/s41375-025-02729-w\" ; fabio:hasPubMedCentralId \"PMC12589124\" ;"
                + " owl:sameAs <https://doi.org/10.1038/s41375-025-02729-w>,"
                + " <https://europepmc.org/articles/PMC12589124> ;"
                + " dcterms:issued \"2025-08-14\"^^xsd:date ."));
    }

    @Test
    void identifierLiteralsInTheFormsWikidataStores() {
        assertTrue(q.ask("<" + PAPER + "> litlod:doiUpperCase \"10.1038/S41375-025-02729-W\" ;"
                + " litlod:pmcNumber \"12589124\" ; fabio:hasPubMedCentralId \"PMC12589124\" ."));
    }

    @Test
    void journalIsASharedResource() {
        assertTrue(q.ask("<" + PAPER + "> dcterms:isPartOf <http://localhost:3030/journal/leukemia> ;"
                + " prism:publicationName \"Leukemia\" ; prism:volume \"39\" ; prism:issueIdentifier \"10\" ;"
                + " prism:pageRange \"2401-2410\" . <http://localhost:3030/journal/leukemia> a fabio:Journal ;"
                + " dcterms:title \"Leukemia\" ; prism:issn \"0887-6924\" ."));
    }

    @Test
    void authorsInOrder() {
        List<String> names = q.values("SELECT ?name WHERE { <" + PAPER + "> bibo:authorList ?l . ?l ?p ?a ."
                + " ?a foaf:name ?name . FILTER(STRSTARTS(STR(?p), STR(rdf:_))) }"
                + " ORDER BY xsd:integer(STRAFTER(STR(?p), \"#_\"))");
        assertEquals(List.of("Hiroki Kobayashi", "Yuta Komizo", "Hironori Harada"), names);
        assertTrue(q.ask("<" + PAPER + "> dcterms:creator <" + PAPER + "/author/2> . <" + PAPER
                + "/author/2> a foaf:Person ; foaf:givenName \"Yuta\" ; foaf:familyName \"Komizo\" ;"
                + " owl:sameAs <https://orcid.org/0000-0002-1825-0097> ; litlod:affiliation \"Tokyo\" ."));
    }

    @Test
    void everyAuthorOfAConsortiumPaperIsListedInItsPlace() {
        DocumentBuilder b = Document.builder(SampleDocuments.article().source(), DocumentKind.JOURNAL_ARTICLE,
                "A consortium paper").ids(new DocumentIds("10.5555/consortium", null, null));
        int n = 2_500;
        for (int i = 1; i <= n; i++) {
            b.author(Author.named("Author " + i));
        }
        Sparql consortium = new Sparql(new DocumentMapper(new org.litlod.ids.IriMinter()).map(b.build(), "v").graph());
        String paper = "http://localhost:3030/paper/doi/10.5555~consortium";

        assertEquals(List.of(String.valueOf(n)), consortium.values("SELECT (COUNT(*) AS ?n) WHERE { <" + paper
                + "> bibo:authorList ?l . ?l ?p ?a . FILTER(STRSTARTS(STR(?p), STR(rdf:_))) }"));
        assertEquals(List.of("0"), consortium.values("SELECT (COUNT(*) AS ?n) WHERE { <" + paper
                + "> bibo:authorList ?l . ?l ?p ?a . FILTER(STRSTARTS(STR(?p), STR(rdf:_)))"
                + " FILTER(STRAFTER(STR(?p), \"#_\") != STRAFTER(STR(?a), \"/author/\")) }"));
        assertTrue(consortium.ask("<" + paper + "> bibo:authorList ?l . ?l rdf:_2500 ?a . ?a foaf:name \"Author 2500\""));
    }

    @Test
    void referencesWithTheirOwnBibliographicData() {
        assertEquals(List.of("2012", "2016"), q.values("SELECT ?y WHERE { <" + PAPER + "> cito:cites ?r ."
                + " ?r dcterms:issued ?y . FILTER(DATATYPE(?y) = xsd:gYear) } ORDER BY ?y"));
        String r1 = "<" + PAPER + "/reference/1>";
        assertTrue(q.ask(r1 + " dcterms:title \"Crizotinib resistance\" ; prism:publicationName \"Ann Oncol\" ;"
                + " litlod:supplement \"Suppl 3\" ; prism:pageRange \"iii42-iii50\" ; bibo:authorList ?l ."
                + " ?l rdf:_1 \"Dagogo-Jack I\" ; rdf:_2 \"Shaw AT\" ."));
        assertTrue(q.ask("<" + PAPER + "/reference/2> litlod:authorsTruncated true ; dcterms:bibliographicCitation ?t ."
                + " FILTER(STRSTARTS(?t, \"Camidge DR\"))"));
    }

    @Test
    void paragraphCitesReferences() {
        assertEquals(List.of(PAPER + "/reference/1", PAPER + "/reference/2"), q.values(
                "SELECT ?r WHERE { <" + PAPER + "> litlod:hasSection ?s . ?s litlod:heading \"Mechanisms of resistance\" ;"
                        + " litlod:hasParagraph ?p . ?p litlod:citesReference ?r } ORDER BY ?r"));
    }

    @Test
    void summaryAndFigures() {
        assertEquals(List.of("Crizotinib induces polyploidization.", "The effect is mediated by Aurora kinases."),
                q.values("SELECT ?t WHERE { <" + PAPER + "> litlod:keyFinding ?f . ?f litlod:text ?t ;"
                        + " litlod:position ?n } ORDER BY ?n"));
        assertTrue(q.ask("<" + PAPER + "> litlod:tldr/litlod:text \"Crizotinib helps platelets.\" ;"
                + " litlod:contribution/litlod:hasPassage/litlod:passageKey \"contribution\" ;"
                + " litlod:figureCount 5 ; litlod:citationCount 12 ; litlod:citationIndex \"Scopus\" ;"
                + " litlod:subjectArea \"General Medicine\" ; litlod:sourceDatabase \"PMC\" ."));
        assertTrue(q.ask("<" + PAPER + "/section/1> litlod:hasFigure ?f . ?f a litlod:Figure ;"
                + " rdfs:label \"Figure 1\" ; litlod:text \"Capsules of crizotinib\" ; litlod:image \"capsules.png\" ."));
    }

    @Test
    void linksOmittedPartsAndSubstances() {
        assertTrue(q.ask("<" + PAPER + "> litlod:fullTextUrl <https://tomesphere.com/paper/PMC12589124/full.md> ;"
                + " litlod:sourcePage <https://tomesphere.com/paper/PMC12589124> ;"
                + " litlod:omittedPart ?o ; litlod:aboutSubstance <http://localhost:3030/substance/cas/877399-52-5> ."
                + " ?o rdfs:label \"Full text\" ; rdfs:seeAlso <https://tomesphere.com/paper/PMC12589124/full.md> ."
                + " <http://localhost:3030/substance/cas/877399-52-5> a litlod:Substance ;"
                + " litlod:casRegistryNumber \"877399-52-5\" ; rdfs:label \"Crizotinib\" ."));
    }

    @Test
    void provenance() {
        String g = "<" + mapped.graphIri() + ">";
        String file = "<http://localhost:3030/source/" + SampleDocuments.SHA + ">";
        assertTrue(q.ask(g + " prov:wasDerivedFrom " + file + " ; prov:wasGeneratedBy ?act ;"
                + " prov:generatedAtTime \"2026-11-23T00:00:00.000Z\"^^xsd:dateTime ."
                + " <" + PAPER + "> prov:wasDerivedFrom " + file + " ."
                + file + " a litlod:SourceFile ; rdfs:label \"000_93911e03ce8ac8a2.txt\" ;"
                + " spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha256 ; spdx:checksumValue \""
                + SampleDocuments.SHA + "\" ] ."
                + " ?act a prov:Activity ; litlod:converter \"summary-markdown\" ; litlod:converterVersion \"1\" ;"
                + " prov:wasAssociatedWith <http://localhost:3030/software/litlod> ; prov:endedAtTime ?t ."));
    }

    @Test
    void everyLitlodTermUsedIsDeclaredInTheOntology() {
        org.apache.jena.rdf.model.Model ontology = org.apache.jena.riot.RDFDataMgr.loadModel("ontology/litlod.ttl");
        List<String> used = q.values("SELECT DISTINCT ?t WHERE { { ?s ?t ?o } UNION { ?s a ?t } UNION { ?s ?p ?t }"
                + " FILTER(isIRI(?t) && STRSTARTS(STR(?t), STR(litlod:))) } ORDER BY ?t");
        assertTrue(used.size() > 30, "used " + used);
        for (String t : used) {
            assertTrue(ontology.contains(ontology.getResource(t), org.apache.jena.vocabulary.RDF.type), t);
        }
    }

    @Test
    void webArticleWithoutIdentifiersGetsATitleKeyAndConforms() throws Exception {
        MappedDocument web = new DocumentMapper("http://example.org/data/").map(SampleDocuments.webArticle());
        ShapeCheck.standard().check(web);
        Sparql w = new Sparql(web.graph());
        assertEquals(1, w.values("SELECT ?p WHERE { ?p a fabio:WebContent, litlod:Paper }").size());
        String paper = w.values("SELECT ?p WHERE { ?p a litlod:Paper }").get(0);
        assertTrue(paper.matches("http://example\\.org/data/paper/title/[0-9a-f]{16}"), paper);
        assertTrue(w.ask("?p a litlod:Paper . FILTER NOT EXISTS { ?p dcterms:issued ?d }"
                + " FILTER NOT EXISTS { ?p owl:sameAs ?x }"));
    }
}
