package org.litlod.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentNegotiatorTest {
    private final ContentNegotiator cn = ContentNegotiator.forResources();

    private Representation choose(String accept) {
        return cn.choose(accept).orElseThrow();
    }

    @Test
    void eachMediaTypeGetsItsRepresentation() {
        assertEquals(Representation.TURTLE, choose("text/turtle"));
        assertEquals(Representation.JSONLD, choose("application/ld+json"));
        assertEquals(Representation.RDFXML, choose("application/rdf+xml"));
        assertEquals(Representation.NTRIPLES, choose("application/n-triples"));
        assertEquals(Representation.HTML, choose("text/html"));
    }

    @Test
    void noAcceptHeaderOrAnyTypeGivesTheDefaultTurtle() {
        assertEquals(Representation.TURTLE, choose(null));
        assertEquals(Representation.TURTLE, choose(""));
        assertEquals(Representation.TURTLE, choose("*/*"));
        assertEquals(Representation.TURTLE, choose("*"));
    }

    @Test
    void browsersGetHtml() {
        assertEquals(Representation.HTML, choose(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
        assertEquals(Representation.HTML, choose(
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        assertEquals(Representation.HTML, choose("application/xhtml+xml"));
    }

    @Test
    void qValuesDecide() {
        assertEquals(Representation.JSONLD, choose("text/turtle;q=0.5, application/ld+json"));
        assertEquals(Representation.RDFXML, choose("text/html;q=0.1, application/rdf+xml;q=0.9"));
        assertEquals(Representation.NTRIPLES, choose("application/n-triples; q=1.0, text/turtle; q=0.99"));
    }

    @Test
    void theMostSpecificRangeSetsTheQuality() {
        // text/* allows Turtle and HTML, but text/turtle;q=0 rules Turtle out
        assertEquals(Representation.HTML, choose("text/*, text/turtle;q=0"));
        // */*;q=0.1 gives everything a little; the explicit range wins
        assertEquals(Representation.RDFXML, choose("*/*;q=0.1, application/rdf+xml"));
    }

    @Test
    void tiesGoToTheServersOrder() {
        assertEquals(Representation.TURTLE, choose("text/html, text/turtle"));
        assertEquals(Representation.TURTLE, choose("text/*"));
        assertEquals(Representation.JSONLD, choose("application/*"));
    }

    @Test
    void aliasesAndParametersAreUnderstood() {
        assertEquals(Representation.JSONLD, choose("application/json"));
        assertEquals(Representation.TURTLE, choose("application/x-turtle"));
        assertEquals(Representation.JSONLD, choose("application/ld+json; profile=\"http://www.w3.org/ns/json-ld#compacted\""));
        assertEquals(Representation.TURTLE, choose("TEXT/TURTLE"));
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertEquals(Optional.empty(), cn.choose("image/png"));
        assertEquals(Optional.empty(), cn.choose("text/turtle;q=0"));
        assertEquals(Optional.empty(), new ContentNegotiator(Representation.rdf()).choose("text/html"));
    }

    @Test
    void malformedRangesAreSkipped() {
        assertEquals(Representation.RDFXML, choose("garbage, application/rdf+xml;q=abc"));
        List<MediaRange> ranges = MediaRange.parseAccept("text/turtle;q=0.3, nonsense, */*");
        assertEquals(2, ranges.size());
        assertEquals(0.3, ranges.get(0).quality(), 1e-9);
        assertTrue(ranges.get(1).specificity("text/html") == 1);
    }
}
