package org.litlod.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** IRIs answer 303 to their page or data document per Accept; data documents hold the right triples. */
class DereferenceTest {
    @TempDir
    static Path dir;
    static LdTestServer s;

    @BeforeAll
    static void start() {
        s = new LdTestServer(dir);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).base(LdTestServer.BASE).parse(m);
        return m;
    }

    @Test
    void everyAcceptGetsA303ToTheMatchingDocumentWithVary() throws Exception {
        String p = LdTestServer.path(LdTestServer.PAPER_A);
        Map<String, String> expected = Map.of(
                "text/turtle", "/data" + p.substring(0) + ".ttl",
                "application/ld+json", "/data" + p + ".jsonld",
                "application/rdf+xml", "/data" + p + ".rdf",
                "application/n-triples", "/data" + p + ".nt",
                "text/html", "/page" + p,
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "/page" + p,
                "*/*", "/data" + p + ".ttl");
        for (var e : expected.entrySet()) {
            HttpResponse<String> r = s.get(p, e.getKey());
            assertEquals(303, r.statusCode(), e.getKey());
            assertEquals(e.getValue(), r.headers().firstValue("Location").orElseThrow(), e.getKey());
            assertTrue(r.headers().firstValue("Vary").orElseThrow().contains("Accept"));
        }
        assertEquals("/data" + p + ".ttl", s.get(p, null).headers().firstValue("Location").orElseThrow(),
                "without Accept the default is Turtle");
    }

    @Test
    void eachDataDocumentParsesAsItsFormatAndDescribesThePaper() throws Exception {
        String p = LdTestServer.path(LdTestServer.PAPER_A);
        for (Representation rep : Representation.rdf()) {
            HttpResponse<String> r = s.get("/data" + p + "." + rep.extension(), null);
            assertEquals(200, r.statusCode(), rep.name());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(rep.mediaType()));
            Model m = parse(r.body(), rep.lang());
            var paper = m.createResource(LdTestServer.PAPER_A);
            assertEquals("Crizotinib promotes megakaryopoiesis in myelodysplastic neoplasms",
                    paper.getProperty(DCTerms.title).getString(), rep.name());
            assertTrue(m.contains(m.createResource(LdTestServer.PAPER_A + "/author/1"), FOAF.name, "Hiroki Kobayashi"));
            assertTrue(m.contains(m.createResource(LdTestServer.CRIZOTINIB), RDFS.label, "crizotinib"),
                    "the paper's document carries the labels of what it mentions");
            assertFalse(m.contains(m.createResource(LdTestServer.PAPER_B), null, (org.apache.jena.rdf.model.RDFNode) null),
                    "nothing of the other paper");
        }
    }

    @Test
    void subResourcesAndSharedResourcesDereference() throws Exception {
        String author = LdTestServer.path(LdTestServer.PAPER_A + "/author/1");
        assertEquals(303, s.get(author, "text/turtle").statusCode());
        Model m = parse(s.get("/data" + author + ".ttl", null).body(), Lang.TURTLE);
        var a = m.createResource(LdTestServer.PAPER_A + "/author/1");
        assertTrue(m.contains(a, FOAF.name, "Hiroki Kobayashi"));
        assertTrue(m.contains(m.createResource(LdTestServer.PAPER_A), DCTerms.creator, a), "incoming link");
        assertTrue(m.contains(m.createResource(LdTestServer.PAPER_A), DCTerms.title), "label of the linking paper");

        Model section = parse(s.get("/data/paper/doi/10.1038~s41375-025-02729-w/section/1.nt", null).body(), Lang.NTRIPLES);
        assertTrue(section.contains(section.createResource(LdTestServer.PAPER_A + "/section/1/paragraph/1"),
                ResourceFactory.createProperty("https://w3id.org/litlod/ontology#text"),
                "Crizotinib increased platelet counts in mice."), "a section's document includes its paragraphs");

        assertEquals(303, s.get("/journal/leukemia", "text/html").statusCode());
        assertEquals(200, s.get("/page/journal/leukemia", null).statusCode());
    }

    @Test
    void namedGraphsAndTheDatasetDereference() throws Exception {
        String g = LdTestServer.path(LdTestServer.GRAPH_A);
        HttpResponse<String> r = s.get(g, "application/n-triples");
        assertEquals(303, r.statusCode());
        Model m = parse(s.get("/data" + g + ".nt", null).body(), Lang.NTRIPLES);
        long expected = s.fixture.getGraph(org.apache.jena.graph.NodeFactory.createURI(LdTestServer.GRAPH_A)).size();
        assertEquals(expected, m.size(), "a graph's document is the graph");

        assertEquals("/page/dataset", s.get("/dataset", "text/html").headers().firstValue("Location").orElseThrow());
        Model d = parse(s.get("/data/dataset.ttl", null).body(), Lang.TURTLE);
        assertTrue(d.contains(d.createResource(LdTestServer.BASE + "dataset"),
                org.apache.jena.vocabulary.VOID.sparqlEndpoint, d.createResource(LdTestServer.BASE + "papers/sparql")));
        String linkset = "/dataset/linkset/mesh/oa-hasBody";
        assertEquals(303, s.get(linkset, "text/turtle").statusCode(), "parts of the dataset description dereference");
    }

    @Test
    void unknownIrisAre404WithAReadablePage() throws Exception {
        for (String path : new String[] {"/paper/doi/10.9999~nothing", "/page/paper/nothing", "/data/paper/nothing.ttl",
                "/graph/nothing", "/entity/page?iri=http%3A%2F%2Fexample.org%2Fnothing"}) {
            HttpResponse<String> r = s.get(path, "text/html");
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.body().contains("LITLOD-LD-404"), path);
            assertTrue(r.body().contains("<h1>Not found</h1>"), path);
        }
    }

    @Test
    void dataWithoutExtensionIsNegotiated() throws Exception {
        String p = "/data" + LdTestServer.path(LdTestServer.PAPER_B);
        HttpResponse<String> r = s.get(p, "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Vary").orElseThrow().contains("Accept"));
        assertEquals(p + ".jsonld", r.headers().firstValue("Content-Location").orElseThrow());
        Model m = parse(r.body(), Lang.JSONLD);
        assertEquals("22277784", m.createResource(LdTestServer.PAPER_B)
                .getProperty(ResourceFactory.createProperty("http://purl.org/ontology/bibo/pmid")).getString());
        assertEquals(406, s.get(p, "image/png").statusCode());
    }

    @Test
    void externalEntityDataIsServed() throws Exception {
        HttpResponse<String> r = s.get("/entity/data?iri=" + IriSpace.encode(LdTestServer.CRIZOTINIB) + "&format=ttl", null);
        assertEquals(200, r.statusCode());
        Model m = parse(r.body(), Lang.TURTLE);
        assertTrue(m.contains(m.createResource(LdTestServer.CRIZOTINIB), RDFS.label, "crizotinib"));
    }
}
