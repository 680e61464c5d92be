package org.litlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.litlod.model.Document;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;

/** Same document, same triples; bad input, clear errors. */
class MapperDeterminismTest {
    private final DocumentMapper mapper = new DocumentMapper(new org.litlod.ids.IriMinter("http://localhost:3030/"),
            org.litlod.ids.Equivalents.NONE, org.litlod.ids.Labels.NONE, MentionDetail.FULL);

    @Test
    void mappingTwiceGivesIsomorphicGraphs() {
        Graph a = mapper.map(SampleDocuments.article(), "v1").graph();
        Graph b = mapper.map(SampleDocuments.article(), "v1").graph();
        assertTrue(IsoMatcher.isomorphic(a, b));
        assertEquals(a.size(), b.size());
    }

    @Test
    void blankNodesOnlyForSelectorsAndChecksums() {
        Sparql q = new Sparql(mapper.map(SampleDocuments.article()).graph());
        List<String> types = q.values("SELECT DISTINCT ?type WHERE { ?b a ?type . FILTER(isBlank(?b)) } ORDER BY ?type");
        assertEquals(List.of("http://spdx.org/rdf/terms#Checksum", "http://www.w3.org/ns/oa#TextPositionSelector",
                "http://www.w3.org/ns/oa#TextQuoteSelector"), types);
    }

    @Test
    void selectorPositionsCountCodePointsSoSparqlSubstrFindsTheMention() {
        String title = "The \uD835\uDEFC-chain of ALK";
        Document d = Document.builder(SampleDocuments.article().source(), org.litlod.model.DocumentKind.OTHER, title)
                .mention(SampleDocuments.mention("title", title, "ALK", EntityType.GENE,
                        List.of(new Identifier(IdScheme.NCBI_GENE, "238")), List.of(), Mention.Evidence.DICTIONARY))
                .build();
        Sparql q = new Sparql(mapper.map(d).graph());
        assertEquals(List.of("15:18"), q.values("SELECT (CONCAT(STR(?s), \":\", STR(?e)) AS ?x) WHERE {"
                + " ?p oa:start ?s ; oa:end ?e }"));
        assertTrue(q.ask("?t oa:hasSource/litlod:text ?text ; oa:hasSelector/oa:start ?s ; oa:hasSelector/oa:end ?e ."
                + " FILTER(SUBSTR(?text, ?s + 1, ?e - ?s) = \"ALK\")"));
    }

    @Test
    void mentionOutsideItsPassageIsRejected() {
        Document bad = SampleDocuments.article().withMentions(List.of(new Mention("abstract", 0, 4, "ALK!",
                EntityType.GENE, List.of(new Identifier(IdScheme.NCBI_GENE, "238")), List.of(),
                List.of(Mention.Evidence.DICTIONARY))));
        MappingException e = assertThrows(MappingException.class, () -> mapper.map(bad));
        assertTrue(e.getMessage().startsWith("LITLOD-MAP-001 000_93911e03ce8ac8a2.txt: mention 'ALK!'"), e.getMessage());
    }

    @Test
    void malformedIdentifierIsNamed() {
        Document bad = SampleDocuments.article().withMentions(List.of(new Mention("title", 0, 10, "Unraveling",
                EntityType.DISEASE, List.of(new Identifier(IdScheme.MONDO, "abc")), List.of(),
                List.of(Mention.Evidence.DICTIONARY))));
        MappingException e = assertThrows(MappingException.class, () -> mapper.map(bad));
        assertTrue(e.getMessage().contains("LITLOD-ID-001 malformed MONDO identifier 'abc'"), e.getMessage());
    }
}
