package org.litlod.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code Accept: application/xml} (or text/xml) gets RDF/XML for resources and SPARQL XML results for queries, never 406. */
class XmlAcceptTest {
    @TempDir
    static Path dir;
    private static LdTestServer t;

    @BeforeAll
    static void start() {
        t = new LdTestServer(dir);
    }

    @AfterAll
    static void stop() {
        t.close();
        t.store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "text/xml"})
    void aResourceAnswersWithRdfXml(String accept) throws Exception {
        HttpResponse<String> see = t.get(LdTestServer.path(LdTestServer.PAPER_A), accept);
        assertEquals(303, see.statusCode(), see.body());
        String location = see.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith(".rdf"), location);
        HttpResponse<String> data = t.get(location, accept);
        assertEquals(200, data.statusCode(), data.body());
        assertTrue(data.headers().firstValue("Content-Type").orElseThrow().startsWith("application/rdf+xml"));
        assertTrue(data.body().contains("<rdf:RDF"), data.body());
        HttpResponse<String> external = t.get("/entity/data?iri=" + IriSpace.encode(LdTestServer.CRIZOTINIB), accept);
        assertEquals(200, external.statusCode(), external.body());
        assertTrue(external.body().contains("<rdf:RDF"), external.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/papers/sparql", "/papers/query"})
    void aQueryAnswersWithSparqlXmlResults(String endpoint) throws Exception {
        String q = URLEncoder.encode("SELECT ?s WHERE { ?s a <https://w3id.org/litlod/ontology#Paper> } LIMIT 1",
                StandardCharsets.UTF_8);
        for (String accept : new String[] {"application/xml", "text/xml"}) {
            HttpResponse<String> r = t.get(endpoint + "?query=" + q, accept);
            assertEquals(200, r.statusCode(), accept + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().contains("xml"), accept);
            assertTrue(r.body().contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\""), r.body());
        }
        String construct = URLEncoder.encode("CONSTRUCT WHERE { ?s a <https://w3id.org/litlod/ontology#Paper> }",
                StandardCharsets.UTF_8);
        HttpResponse<String> g = t.get(endpoint + "?query=" + construct, "application/xml");
        assertEquals(200, g.statusCode(), g.body());
        assertTrue(g.body().contains("<rdf:RDF"), g.body());
    }
}
