package org.litlod.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.publish.ExampleResults;
import org.litlod.publish.FileOutcome;
import org.litlod.publish.LoadReport;
import org.litlod.publish.Loading;
import org.litlod.publish.SeedCorpus;
import org.litlod.server.examples.ExampleCatalogue;
import org.litlod.store.PaperStore;

/**
 * The main job as a user runs it: {@code serve} loads the seeds into a TDB2 store on disk and
 * serves them; the README's example queries are then asked over HTTP.
 */
class EndToEndTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    private static Serving.Started started;

    @BeforeAll
    static void serve() throws Exception {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        SeedCorpus.addExamples(store);
        started = Serving.start(SeedCorpus.publisher(), store, SeedCorpus.SEEDS, 0, true);
    }

    @AfterAll
    static void stop() {
        started.server().close();
    }

    private static HttpResponse<String> query(String sparql, String accept) throws Exception {
        String url = started.server().sparqlEndpoint() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void serveLoadedEverySeedIntoItsOwnGraph() {
        assertTrue(started.load().ok(), started.load().summary());
        assertEquals(3, started.load().graphsStored());
    }

    @Test
    void aSecondServeOverTheSameStoreLoadsNothingAgain() throws Exception {
        LoadReport again = Loading.run(SeedCorpus.publisher(), PaperStore.open(dir.resolve("db")),
                java.util.List.of(SeedCorpus.SEEDS), true);
        assertEquals(3, again.count(FileOutcome.Status.UNCHANGED), again.summary());
    }

    @TestFactory
    Stream<DynamicTest> theExampleQueriesAnswerOverHttp() {
        return ExampleCatalogue.load().stream().map(q -> DynamicTest.dynamicTest(q.id(), () -> {
            HttpResponse<String> r = query(q.sparql(), "application/sparql-results+json");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON);
            assertTrue(ExampleResults.matches(q, rs), q.id() + " over HTTP differs from " + q.expected());
        }));
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + started.server().port() + path))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPaperIriDereferencesToItsDataAndItsPage() throws Exception {
        String path = "/paper/doi/10.1038~s41375-025-02729-w";
        HttpResponse<String> see = get(path, "text/turtle");
        assertEquals(303, see.statusCode());
        assertTrue(see.headers().allValues("Vary").toString().contains("Accept"));
        HttpResponse<String> ttl = get(see.headers().firstValue("Location").orElseThrow(), "text/turtle");
        assertEquals(200, ttl.statusCode());
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(ttl.body(), org.apache.jena.riot.Lang.TURTLE)
                .base(SeedCorpus.BASE).parse(m);
        assertTrue(m.contains(m.createResource(SeedCorpus.BASE + path.substring(1)),
                m.createProperty("http://prismstandard.org/namespaces/basic/2.0/doi"), "10.1038/s41375-025-02729-w"));

        HttpResponse<String> toPage = get(path, "text/html");
        assertEquals(303, toPage.statusCode());
        HttpResponse<String> html = get(toPage.headers().firstValue("Location").orElseThrow(), "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("Unraveling the impact of crizotinib"), "title on the page");
        assertTrue(html.body().contains("Hironori Harada"), "authors on the page");
        assertTrue(html.body().contains("thrombocytopenia"), "entities on the page");
    }

    @Test
    void theExampleCatalogueIsPublishedAtTheWellKnownPath() throws Exception {
        HttpResponse<String> r = get("/.well-known/sparql-examples", "text/turtle");
        assertEquals(200, r.statusCode());
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(r.body(), org.apache.jena.riot.Lang.TURTLE).parse(m);
        long executables = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                m.createResource("http://www.w3.org/ns/shacl#SPARQLExecutable")).toList().size();
        assertEquals(ExampleCatalogue.published().size(), executables);
    }

    @Test
    void theReadmeCurlGivesCsv() throws Exception {
        HttpResponse<String> r = query("PREFIX prism: <http://prismstandard.org/namespaces/basic/2.0/> "
                + "SELECT ?doi WHERE { ?paper prism:doi ?doi }", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("doi\r\n10.1038/s41375-025-02729-w\r\n", r.body());
    }
}
