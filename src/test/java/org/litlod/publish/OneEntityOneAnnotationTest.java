package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.litlod.convert.Literature;
import org.litlod.convert.SourceText;
import org.litlod.rdf.MappedDocument;
import org.litlod.tag.lexicon.Lexicons;

/**
 * Over the real literature fixtures tagged with the default lexicon: an entity with several
 * identifiers (MONDO and MeSH, a CID and MeSH, NCBI Gene and HGNC) is one annotation of a paper
 * and each mention has one body, so that counting annotations or bodies counts entities; only a
 * source's composite mention (two genes, two diseases) has a body per concept, never equated.
 */
class OneEntityOneAnnotationTest {

    private static final String PREFIXES = "PREFIX oa: <http://www.w3.org/ns/oa#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "PREFIX litlod: <https://w3id.org/litlod/ontology#>\n";
    private static Model all;

    @BeforeAll
    static void publishFixtures() throws Exception {
        if (!Literature.present()) {
            return;
        }
        Publisher publisher = Publishers.standard("http://localhost:3030/", Lexicons.builtin());
        all = ModelFactory.createDefaultModel();
        for (String folder : List.of("pubmed-xml", "pmc-jats", "pubtator3-biocjson", "pubtator-bioc-cdr")) {
            for (Path file : Literature.files(folder, "")) {
                String name = file.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".dtd") || name.endsWith(".PubTator")) {
                    continue;
                }
                for (MappedDocument d : publisher.publish(new SourceText(name, Files.readAllBytes(file)))) {
                    all.add(ModelFactory.createModelForGraph(d.described()));
                }
            }
        }
    }

    @BeforeEach
    void needsTheFixtures() {
        Literature.assumePresent();
    }

    static String show(String where) {
        String q = PREFIXES + "SELECT * WHERE { " + where + " } LIMIT 5";
        try (QueryExecution x = QueryExecutionFactory.create(q, all)) {
            return org.apache.jena.query.ResultSetFormatter.asText(x.execSelect());
        }
    }

    private static long count(String where) {
        String q = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }";
        try (QueryExecution x = QueryExecutionFactory.create(q, all)) {
            return x.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void theFixturesHaveEntitiesWithSeveralIdentifiers() {
        assertTrue(count("?a oa:hasBody ?x . ?x skos:exactMatch ?y . FILTER(isIRI(?y))") > 50,
                "annotated entities with exact matches exist, so the checks below are not vacuous");
    }

    @Test
    void noPaperIsAnnotatedWithAnEntityAndItsExactMatch() {
        String where = "?a1 oa:hasTarget ?paper ; oa:hasBody ?x . ?a2 oa:hasTarget ?paper ; oa:hasBody ?y ."
                + " ?x skos:exactMatch ?y . FILTER(?a1 != ?a2)";
        assertEquals(0, count(where), () -> show(where));
    }

    @Test
    void aMentionIsAnnotatedWithThePapersEntityNotAnExactMatchOfIt() {
        String where = "?m oa:hasTarget/oa:hasSource ?passage ; oa:hasBody ?x . ?d oa:hasTarget ?paper ; oa:hasBody ?y ."
                + " ?x skos:exactMatch ?y . FILTER(STRSTARTS(STR(?passage), STR(?paper)))";
        assertEquals(0, count(where), () -> show(where));
    }

    @Test
    void everyAnnotationHasOneBodyUnlessItsSourceNamesSeveralConcepts() {
        String tagged = "?a oa:hasBody ?x, ?y . FILTER(STR(?x) < STR(?y)) FILTER NOT EXISTS { ?a litlod:foundBy litlod:SourceAnnotation }";
        assertEquals(0, count(tagged), () -> show(tagged));
        String composite = "?a oa:hasBody ?x, ?y ; litlod:foundBy litlod:SourceAnnotation . FILTER(STR(?x) < STR(?y))";
        assertTrue(count(composite) > 0, "the fixtures' composite annotations (two genes, two diseases of one mention)");
        String equated = composite + " ?x (skos:exactMatch|^skos:exactMatch) ?y";
        assertEquals(0, count(equated), () -> "the concepts of a composite mention are not exact matches: " + show(equated));
    }
}
