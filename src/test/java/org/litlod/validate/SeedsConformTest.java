package org.litlod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.SourceText;
import org.litlod.model.Document;
import org.litlod.rdf.DocumentMapper;
import org.litlod.rdf.MappedDocument;
import org.litlod.rdf.Sparql;

/**
 * The three seeds, converted by the standard converters, mapped and checked against the shapes
 * (an integration test; it lives here because the rdf package must not know the converters).
 */
class SeedsConformTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);
    private final DocumentMapper mapper = new DocumentMapper("http://localhost:3030/");

    private static Document convert(String file) throws Exception {
        Path p = Path.of("seeds", file);
        List<Document> docs = ConverterRegistry.standard(CLOCK)
                .convert(new SourceText(file, Files.readAllBytes(p)));
        assertEquals(1, docs.size(), file);
        return docs.get(0);
    }

    private MappedDocument mapChecked(String file) throws Exception {
        MappedDocument m = mapper.map(convert(file));
        ShapeCheck.standard().check(m);
        assertEquals(file, m.documentLabel());
        return m;
    }

    @Test
    void paperSummarySeed() throws Exception {
        MappedDocument m = mapChecked("000_93911e03ce8ac8a2.txt");
        Sparql q = new Sparql(m.described());
        String paper = "<http://localhost:3030/paper/doi/10.1038~s41375-025-02729-w>";
        List<String> names = q.values("SELECT ?name WHERE { " + paper + " bibo:authorList ?l . ?l ?p ?a ."
                + " ?a foaf:name ?name . FILTER(STRSTARTS(STR(?p), STR(rdf:_))) }"
                + " ORDER BY xsd:integer(STRAFTER(STR(?p), \"#_\"))");
        assertEquals(List.of("Hiroki Kobayashi", "Yuta Komizo", "Nanami Watanabe", "Yu Miyata",
                "Yoshiya Ohnuma", "Yasushige Kamimura-Aoyagi", "Kanako Yuki", "Yoshihiro Hayashi",
                "Minoru Yoshida", "Yuka Harada", "Hironori Harada"), names);
        assertTrue(q.ask("<http://identifiers.org/ncbigene/238> a litlod:Gene ; dcterms:identifier \"238\" ;"
                + " skos:exactMatch <http://purl.uniprot.org/geneid/238>, <https://www.ncbi.nlm.nih.gov/gene/238> ."
                + " ?a a oa:Annotation ; oa:hasBody <http://identifiers.org/ncbigene/238> ; oa:hasTarget " + paper + " ;"
                + " dcterms:subject \"Gene\" ; litlod:foundBy litlod:SourceList ."));
        assertTrue(q.ask("<http://purl.obolibrary.org/obo/MONDO_0002049> dcterms:identifier \"MONDO:0002049\" ."
                + " <http://rdf.ncbi.nlm.nih.gov/pubchem/compound/CID11597571> dcterms:identifier \"11597571\" ."
                + paper + " dcterms:issued \"2025-08-14\"^^xsd:date ; prism:doi \"10.1038/s41375-025-02729-w\" ;"
                + " litlod:figureCount 5 ; owl:sameAs <https://europepmc.org/articles/PMC12589124> ."));
        assertEquals(List.of("3"), q.values("SELECT (COUNT(?f) AS ?n) WHERE { " + paper + " litlod:keyFinding ?f }"));
    }

    @Test
    void portalRecordSeed() throws Exception {
        Sparql q = new Sparql(mapChecked("001_f539eeda5b84100b.txt").described());
        assertTrue(q.ask("?p a litlod:Paper ; dcterms:issued \"2012-02-08\"^^xsd:date ;"
                + " litlod:citationCount 1081 ; litlod:citationIndex \"Scopus\" ; litlod:publicationStatus \"Published\" ;"
                + " litlod:originalLanguage \"English (US)\" ; prism:issueIdentifier \"120\" ;"
                + " dcterms:isPartOf <http://localhost:3030/journal/science-translational-medicine> ."));
        assertEquals(List.of("16"), q.values("SELECT (COUNT(?a) AS ?n) WHERE { ?p a litlod:Paper ; dcterms:creator ?a }"));
    }

    @Test
    void webArticleSeedCitesThreeReferencesWithYears() throws Exception {
        Sparql q = new Sparql(mapChecked("002_ded442ce58b4f461.txt").described());
        assertEquals(List.of("1:2016", "2:2012", "3:2014"), q.values("SELECT (CONCAT(STRAFTER(STR(?r), \"/reference/\"),"
                + " \":\", STR(?y)) AS ?ry) WHERE { ?p a litlod:Paper ; cito:cites ?r . ?r dcterms:issued ?y } ORDER BY ?ry"));
        assertTrue(q.ask("?p a fabio:WebContent ; litlod:aboutSubstance ?s . ?s litlod:casRegistryNumber \"877399-52-5\" ."
                + " ?p litlod:hasSection ?sec . ?sec litlod:heading \"Mechanisms of resistance\" ;"
                + " litlod:hasParagraph/litlod:citesReference ?r . ?r dcterms:issued \"2014\"^^xsd:gYear ."));
    }

    @Test
    void seedsMapDeterministically() throws Exception {
        for (String f : List.of("000_93911e03ce8ac8a2.txt", "001_f539eeda5b84100b.txt", "002_ded442ce58b4f461.txt")) {
            Document d = convert(f);
            assertTrue(IsoMatcher.isomorphic(mapper.map(d).graph(), mapper.map(d).graph()), f);
        }
    }
}
