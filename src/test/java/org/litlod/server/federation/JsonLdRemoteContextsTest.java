package org.litlod.server.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With remote contexts off, a JSON-LD document naming a remote {@code @context} is not fetched:
 * the loopback server that the context URL points at records no request.
 */
class JsonLdRemoteContextsTest {
    private static StandIn recorder;

    @BeforeAll
    static void start() {
        recorder = StandIn.start("ctx", "https://example.org/context.jsonld", null);
        JsonLdRemoteContexts.disable();
    }

    @AfterAll
    static void stop() {
        recorder.close();
    }

    @Test
    void aRemoteContextIsNotFetched() {
        String url = recorder.endpoint().replace("/sparql", "/context.jsonld");
        String doc = """
                {"@context": "%s", "@id": "http://example.org/s", "name": "x"}""".formatted(url);
        Graph g = GraphFactory.createDefaultGraph();
        RiotException e = assertThrows(RiotException.class,
                () -> RDFParser.fromString(doc, Lang.JSONLD).parse(g));
        assertTrue(e.getMessage().contains(JsonLdRemoteContexts.REFUSED), e.getMessage());
        assertEquals(0, recorder.recorder().requests());
        assertEquals(0, g.size());
    }

    @Test
    void anInlineContextStillWorks() {
        String doc = """
                {"@context": {"name": "http://xmlns.com/foaf/0.1/name"},
                 "@id": "http://example.org/s", "name": "x"}""";
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(doc, Lang.JSONLD).parse(g);
        assertEquals(1, g.size());
    }
}
