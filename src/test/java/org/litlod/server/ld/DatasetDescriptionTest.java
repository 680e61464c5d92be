package org.litlod.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** VoID and DCAT at /.well-known/void and the dataset IRI, the service description, CORS. */
class DatasetDescriptionTest {
    private static final String OA = "http://www.w3.org/ns/oa#";
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

    static Model voidModel() throws Exception {
        HttpResponse<String> r = s.get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        return DereferenceTest.parse(r.body(), Lang.TURTLE);
    }

    @Test
    void voidCountsTheTriplesTheEndpointSees() throws Exception {
        Model m = voidModel();
        Resource ds = m.createResource(LdTestServer.BASE + "dataset");
        assertTrue(m.contains(ds, RDF.type, VOID.Dataset));
        assertEquals(s.unionTriples(), ds.getProperty(VOID.triples).getLong());
        String count = s.get("/papers/sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                StandardCharsets.UTF_8), "text/csv").body();
        assertEquals("n\r\n" + s.unionTriples() + "\r\n", count, "the endpoint agrees");
        assertEquals(2, ds.getProperty(VOID.documents).getLong(), "two papers");
        assertTrue(m.contains(ds, VOID.sparqlEndpoint, m.createResource(LdTestServer.BASE + "papers/sparql")));
        assertTrue(m.contains(ds, VOID.dataDump, m.createResource(LdTestServer.BASE + "dumps/litlod.nq.gz")));
        assertTrue(m.contains(ds, VOID.uriSpace, LdTestServer.BASE));
        assertTrue(m.contains(ds, VOID.vocabulary, m.createResource("http://www.w3.org/ns/oa#")));
        assertTrue(m.contains(ds, VOID.vocabulary, m.createResource("https://w3id.org/litlod/ontology#")));
        assertTrue(!m.contains(ds, VOID.vocabulary, m.createResource("http://id.nlm.nih.gov/mesh/")),
                "entity namespaces are not vocabularies");
    }

    @Test
    void classAndPropertyPartitionsHaveTheRightCounts() throws Exception {
        Model m = voidModel();
        Resource ds = m.createResource(LdTestServer.BASE + "dataset");
        Map<String, Long> classes = new HashMap<>();
        ds.listProperties(VOID.classPartition).forEachRemaining(st -> classes.put(
                st.getResource().getPropertyResourceValue(VOID._class).getURI(),
                st.getResource().getProperty(VOID.entities).getLong()));
        assertEquals(2L, classes.get("https://w3id.org/litlod/ontology#Paper"));
        assertEquals(9L, classes.get(OA + "Annotation"), "6 document-level and 3 mention annotations");
        Map<String, Long> props = new HashMap<>();
        ds.listProperties(VOID.propertyPartition).forEachRemaining(st -> props.put(
                st.getResource().getPropertyResourceValue(VOID.property).getURI(),
                st.getResource().getProperty(VOID.triples).getLong()));
        assertEquals(9L, props.get(OA + "hasBody"));
        assertEquals(3L, props.get(DCTerms.title.getURI()), "two paper titles and the journal title");
    }

    @Test
    void linksetsToEachTargetCountTheirLinks() throws Exception {
        Model m = voidModel();
        Map<String, Long> links = new HashMap<>();
        m.listResourcesWithProperty(RDF.type, VOID.Linkset).forEachRemaining(ls -> {
            Resource target = ls.getPropertyResourceValue(VOID.objectsTarget);
            String key = target.getProperty(VOID.uriSpace).getString() + " "
                    + ls.getPropertyResourceValue(VOID.linkPredicate).getURI();
            links.put(key, ls.getProperty(VOID.triples).getLong());
            assertTrue(m.contains(ls, VOID.subjectsTarget, m.createResource(LdTestServer.BASE + "dataset")));
        });
        String exact = "http://www.w3.org/2004/02/skos/core#exactMatch";
        assertEquals(4L, links.get("http://rdf.ncbi.nlm.nih.gov/pubchem/compound/ " + OA + "hasBody"),
                "2 document-level and 2 mention annotations");
        assertEquals(1L, links.get("http://id.nlm.nih.gov/mesh/ " + OA + "hasBody"));
        assertEquals(1L, links.get("http://id.nlm.nih.gov/mesh/ " + exact), "crizotinib to MeSH, once in the union");
        assertEquals(1L, links.get("http://purl.obolibrary.org/obo/MONDO_ " + OA + "hasBody"));
        assertEquals(2L, links.get("http://identifiers.org/ncbigene/ " + OA + "hasBody"));
        assertEquals(1L, links.get("http://purl.obolibrary.org/obo/NCBITaxon_ " + OA + "hasBody"));
        assertEquals(2L, links.get("http://purl.uniprot.org/ " + exact), "gene 238 and taxon 9606");
        assertTrue(m.contains(m.createResource("http://purl.uniprot.org"), VOID.sparqlEndpoint,
                m.createResource("https://sparql.uniprot.org/sparql")));
    }

    @Test
    void dcatNamesLicencePublisherDistributionsAndTheService() throws Exception {
        Model m = voidModel();
        Resource ds = m.createResource(LdTestServer.BASE + "dataset");
        assertTrue(m.contains(ds, RDF.type, DCAT.Dataset));
        assertTrue(m.contains(ds, DCTerms.license, m.createResource("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(ds.getPropertyResourceValue(DCTerms.publisher).hasProperty(
                m.createProperty("http://xmlns.com/foaf/0.1/name"), "litlod"));
        Set<String> downloads = new java.util.TreeSet<>();
        ds.listProperties(DCAT.distribution).forEachRemaining(st ->
                downloads.add(st.getResource().getPropertyResourceValue(DCAT.downloadURL).getURI()));
        assertEquals(Set.of(LdTestServer.BASE + "dumps/litlod.nq.gz", LdTestServer.BASE + "dumps/litlod.trig",
                LdTestServer.BASE + "dumps/litlod.ttl", LdTestServer.BASE + "dumps/litlod.jsonld"), downloads);
        Resource service = ds.getPropertyResourceValue(DCAT.accessService);
        assertTrue(m.contains(service, DCAT.endpointURL, m.createResource(LdTestServer.BASE + "papers/sparql")));
        assertTrue(ds.hasProperty(DCTerms.modified));
    }

    @Test
    void theDatasetIriAndTheWellKnownLocationAgree() throws Exception {
        Model fromIri = DereferenceTest.parse(s.get("/data/dataset.ttl", null).body(), Lang.TURTLE);
        Resource ds = fromIri.createResource(LdTestServer.BASE + "dataset");
        assertEquals(s.unionTriples(), ds.getProperty(VOID.triples).getLong());
        assertEquals("/page/dataset", s.get("/.well-known/void", "text/html").headers().firstValue("Location").orElseThrow());
        HttpResponse<String> jsonld = s.get("/.well-known/void", "application/ld+json");
        assertEquals(s.unionTriples(), DereferenceTest.parse(jsonld.body(), Lang.JSONLD)
                .createResource(LdTestServer.BASE + "dataset").getProperty(VOID.triples).getLong());
    }

    @Test
    void theEndpointDescribesItselfWithoutAQuery() throws Exception {
        HttpResponse<String> r = s.get("/papers/sparql", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = DereferenceTest.parse(r.body(), Lang.TURTLE);
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        Property endpoint = m.createProperty(sd, "endpoint");
        Resource service = m.listSubjectsWithProperty(endpoint).next();
        assertTrue(m.contains(service, RDF.type, m.createResource(sd + "Service")));
        assertTrue(m.contains(service, endpoint, m.createResource(LdTestServer.BASE + "papers/sparql")));
        assertTrue(m.contains(service, m.createProperty(sd, "feature"), m.createResource(sd + "UnionDefaultGraph")));
        assertTrue(m.contains(service, m.createProperty(sd, "supportedLanguage"), m.createResource(sd + "SPARQL11Query")));
        assertEquals(2, m.listObjectsOfProperty(m.createProperty(sd, "name")).toList().size(), "one per named graph");
        assertTrue(m.contains(null, m.createProperty(sd, "name"), m.createResource(LdTestServer.GRAPH_A)));
        assertEquals(200, s.get("/papers/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "application/sparql-results+json").statusCode(), "queries still reach Fuseki");
    }

    @Test
    void corsHeadersOnTheEndpointAndTheDataUrls() throws Exception {
        String q = "/papers/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        for (String path : new String[] {q, "/data" + LdTestServer.path(LdTestServer.PAPER_A) + ".ttl",
                LdTestServer.path(LdTestServer.PAPER_A), "/.well-known/void", "/dumps/litlod.trig", "/context.jsonld"}) {
            HttpResponse<String> r = s.get(path, "text/turtle, application/sparql-results+json", "Origin", "https://elsewhere.example");
            String allow = r.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
            assertTrue("*".equals(allow) || "https://elsewhere.example".equals(allow), path + " gave " + allow);
        }
        HttpResponse<String> r = s.get(LdTestServer.path(LdTestServer.PAPER_A), "text/turtle", "Origin", "https://elsewhere.example");
        String vary = String.join(",", r.headers().allValues("Vary"));
        assertTrue(vary.contains("Origin") && vary.contains("Accept"), "caches must key on both: " + vary);
        HttpResponse<String> preflight = s.client().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(s.url("/data" + LdTestServer.path(LdTestServer.PAPER_A) + ".ttl")))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElseThrow(),
                "any origin may read, never with credentials (HttpHardeningTest)");
    }
}
