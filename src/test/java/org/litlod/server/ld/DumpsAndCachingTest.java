package org.litlod.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dumps served over HTTP, and ETag/Last-Modified following the data version. */
class DumpsAndCachingTest {

    private static DatasetGraph parse(byte[] body, Lang lang) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(dsg);
        return dsg;
    }

    private static long quads(DatasetGraph dsg) {
        return dsg.stream().count();
    }

    @Test
    void everyDumpDownloadsAndReparsesWithTheRightCount(@TempDir Path dir) throws Exception {
        try (LdTestServer s = new LdTestServer(dir)) {
            HttpResponse<byte[]> nq = s.bytes("/dumps/litlod.nq.gz");
            assertEquals(200, nq.statusCode());
            assertEquals("application/gzip", nq.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(nq.headers().firstValue("Content-Disposition").orElseThrow().contains("litlod.nq.gz"));
            byte[] raw = new GZIPInputStream(new ByteArrayInputStream(nq.body())).readAllBytes();
            assertEquals(s.quads(), quads(parse(raw, Lang.NQUADS)));

            DatasetGraph trig = parse(s.bytes("/dumps/litlod.trig").body(), Lang.TRIG);
            assertEquals(s.quads(), quads(trig));
            assertTrue(trig.getGraph(NodeFactory.createURI(LdTestServer.GRAPH_A)).isIsomorphicWith(
                    s.fixture.getGraph(NodeFactory.createURI(LdTestServer.GRAPH_A))), "graphs survive, blank nodes too");

            DatasetGraph ttl = parse(s.bytes("/dumps/litlod.ttl").body(), Lang.TURTLE);
            assertEquals(s.unionTriples(), ttl.getDefaultGraph().size(), "Turtle holds the union");

            HttpResponse<byte[]> jsonld = s.bytes("/dumps/litlod.jsonld");
            assertTrue(jsonld.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
            DatasetGraph ld = parse(jsonld.body(), Lang.JSONLD);
            assertEquals(s.quads(), quads(ld));
            assertTrue(ld.getGraph(NodeFactory.createURI(LdTestServer.GRAPH_A)).isIsomorphicWith(
                    s.fixture.getGraph(NodeFactory.createURI(LdTestServer.GRAPH_A))));

            String context = s.get("/context.jsonld", null).body();
            assertTrue(context.contains("\"dcterms\": \"http://purl.org/dc/terms/\""));
            assertTrue(new String(jsonld.body(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("\"dcterms\" : \"http://purl.org/dc/terms/\""), "the dump carries the published context");
            assertEquals(404, s.get("/dumps/litlod.zip", null).statusCode());
            assertTrue(s.get("/dumps/", "text/html").body().contains("href=\"/dumps/litlod.trig\""));
        }
    }

    @Test
    void etagChangesWhenAGraphIsStoredAndConditionalGetsGet304(@TempDir Path dir) throws Exception {
        try (LdTestServer s = new LdTestServer(dir)) {
            String page = "/page" + LdTestServer.path(LdTestServer.PAPER_A);
            String data = "/data" + LdTestServer.path(LdTestServer.PAPER_A) + ".ttl";
            HttpResponse<String> first = s.get(page, "text/html");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            String modified = first.headers().firstValue("Last-Modified").orElseThrow();
            String dataEtag = s.get(data, null).headers().firstValue("ETag").orElseThrow();
            assertNotEquals(etag, dataEtag, "each representation has its own tag");
            assertEquals(etag, s.get(page, "text/html").headers().firstValue("ETag").orElseThrow(), "stable without writes");

            HttpResponse<String> cached = s.get(page, "text/html", "If-None-Match", etag);
            assertEquals(304, cached.statusCode());
            assertEquals("", cached.body());
            assertEquals(304, s.get(data, null, "If-None-Match", dataEtag).statusCode());
            assertEquals(304, s.get(page, "text/html", "If-Modified-Since", modified).statusCode());
            long before = DereferenceTest.parse(s.get("/.well-known/void", null).body(), Lang.TURTLE)
                    .createResource(LdTestServer.BASE + "dataset").getProperty(VOID.triples).getLong();

            Graph g = GraphFactory.createDefaultGraph();
            g.add(NodeFactory.createURI(LdTestServer.BASE + "paper/pmid/1"), DCTerms.title.asNode(),
                    NodeFactory.createLiteralString("A third paper"));
            s.store.replace(LdTestServer.BASE + "graph/pmid/1", g, List.of());

            HttpResponse<String> after = s.get(page, "text/html", "If-None-Match", etag);
            assertEquals(200, after.statusCode(), "the old tag no longer matches");
            assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
            assertEquals(200, s.get(data, null, "If-None-Match", dataEtag).statusCode());
            long afterCount = DereferenceTest.parse(s.get("/.well-known/void", null).body(), Lang.TURTLE)
                    .createResource(LdTestServer.BASE + "dataset").getProperty(VOID.triples).getLong();
            assertEquals(before + 1, afterCount, "VoID is regenerated when the data changes");
        }
    }
}
