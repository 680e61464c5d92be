package org.litlod.server.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * litlod's endpoint under a {@link ServicePolicy}, against stand-ins on loopback: allowed calls
 * work, refused ones fail with LITLOD-SERVICE-00n before any request, SILENT hides remote
 * failures, and a remote that never answers is cut off by the per-call timeout.
 */
class ServiceGateTest {
    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX up: <http://purl.uniprot.org/core/>
            PREFIX litlod: <https://w3id.org/litlod/ontology#>
            """;
    @TempDir
    static Path dir;
    private static StandIn uniprot;
    private static StandIn idsm;
    private static StandIn slow;
    private static String deadEndpoint;
    private static LitlodEndpoint litlod;

    @BeforeAll
    static void start() throws IOException {
        uniprot = StandIn.start("uniprot", StandIns.UNIPROT, "uniprot.ttl");
        idsm = StandIn.start("idsm", StandIns.IDSM, "idsm.ttl");
        slow = StandIn.start("slow", StandIns.UNIPROT, "uniprot.ttl");
        try (ServerSocket s = new ServerSocket(0)) {
            deadEndpoint = "http://localhost:" + s.getLocalPort() + "/sparql";
        }
        ServicePolicy policy = ServicePolicy.defaults()
                .withEndpoints(List.of(uniprot.endpoint(), slow.endpoint(), deadEndpoint))
                .allowingLocalTargets(true)
                .withTimeouts(Duration.ofMillis(700), Duration.ofMillis(700));
        litlod = LitlodEndpoint.start(dir.resolve("db"), policy);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {litlod, uniprot, idsm, slow}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // keep stopping the others
            }
        }
    }

    @BeforeEach
    void resetCounts() {
        uniprot.recorder().reset();
        idsm.recorder().reset();
        slow.recorder().reset();
    }

    private static String genesWithProteins(String service) {
        return PREFIXES + """
                SELECT ?label ?mnemonic WHERE {
                  ?gene a litlod:Gene ; rdfs:label ?label ; skos:exactMatch ?upGene .
                  SERVICE %s { ?protein rdfs:seeAlso ?upGene ; up:mnemonic ?mnemonic . }
                } ORDER BY ?label""".formatted(service);
    }

    @Test
    void anAllowedEndpointIsJoinedByPlainEquality() {
        ResultSetRewindable rs = SparqlHttp.post(litlod.endpoint(),
                genesWithProteins("<" + uniprot.endpoint() + ">")).results();
        List<String> rows = new ArrayList<>();
        rs.forEachRemaining(s -> rows.add(s.getLiteral("label").getString() + "=" + s.getLiteral("mnemonic").getString()));
        assertEquals(List.of("ALK=ALK_HUMAN", "EGFR=EGFR_HUMAN", "KIT=KIT_HUMAN", "MET=MET_HUMAN", "ROS1=ROS1_HUMAN"), rows);
        assertTrue(uniprot.recorder().requests() >= 1);
    }

    @Test
    void aTargetOffTheListIsRefusedWith400BeforeAnyRequest() {
        SparqlHttp r = SparqlHttp.post(litlod.endpoint(), genesWithProteins("<" + idsm.endpoint() + ">"));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("LITLOD-SERVICE-001"), r.body());
        assertTrue(r.body().contains(idsm.endpoint()), r.body());
        assertEquals(0, idsm.recorder().requests());
    }

    @Test
    void silentDoesNotHideARefusal() {
        SparqlHttp r = SparqlHttp.post(litlod.endpoint(), genesWithProteins("SILENT <" + idsm.endpoint() + ">"));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("LITLOD-SERVICE-001"), r.body());
        assertEquals(0, idsm.recorder().requests());
    }

    @Test
    void aRefusedTargetInsideOptionalOrExistsFailsTheWholeQueryUpFront() {
        for (String pattern : List.of("OPTIONAL { SERVICE <%s> { ?gene ?p ?o } }",
                "FILTER EXISTS { SERVICE <%s> { ?gene ?p ?o } }",
                "FILTER NOT EXISTS { { SELECT * { SERVICE SILENT <%s> { ?gene ?p ?o } } } }")) {
            String q = PREFIXES + "SELECT * WHERE { ?gene a litlod:Gene . " + pattern.formatted(idsm.endpoint()) + " }";
            SparqlHttp r = SparqlHttp.post(litlod.endpoint(), q);
            assertEquals(400, r.status(), pattern + ": " + r.body());
            assertTrue(r.body().contains("LITLOD-SERVICE-001: SERVICE <" + idsm.endpoint() + "> refused"), r.body());
        }
        assertEquals(0, idsm.recorder().requests());
    }

    @Test
    void aVariableTargetIsCheckedWhenBound() {
        String q = PREFIXES + """
                SELECT ?label ?mnemonic WHERE {
                  VALUES ?endpoint { <%s> }
                  ?gene a litlod:Gene ; rdfs:label ?label ; skos:exactMatch ?upGene .
                  SERVICE ?endpoint { ?protein rdfs:seeAlso ?upGene ; up:mnemonic ?mnemonic . }
                }""".formatted(idsm.endpoint());
        SparqlHttp r = SparqlHttp.post(litlod.endpoint(), q);
        assertNotEquals(200, r.status(), r.body());
        assertEquals(0, idsm.recorder().requests());
    }

    @Test
    void silentToADeadEndpointKeepsTheOuterResults() {
        ResultSetRewindable rs = SparqlHttp.post(litlod.endpoint(),
                genesWithProteins("SILENT <" + deadEndpoint + ">")).results();
        Set<String> labels = new TreeSet<>();
        rs.forEachRemaining(s -> {
            labels.add(s.getLiteral("label").getString());
            assertNull(s.get("mnemonic"));
        });
        assertEquals(Set.of("ALK", "EGFR", "KIT", "MET", "ROS1"), labels);
    }

    @Test
    void aDeadEndpointFailsTheQueryButNotTheServer() {
        SparqlHttp r = SparqlHttp.post(litlod.endpoint(), genesWithProteins("<" + deadEndpoint + ">"));
        assertNotEquals(200, r.status(), r.body());
        assertEquals(5, SparqlHttp.post(litlod.endpoint(), genesWithProteins("<" + uniprot.endpoint() + ">")).results().size());
    }

    /** The remote is called once, before the local pattern, with no variable in common. */
    private static String oneCallThenGenes(String service) {
        return PREFIXES + """
                SELECT DISTINCT ?label ?anything WHERE {
                  SERVICE %s { ?anything up:mnemonic "ALK_HUMAN" }
                  ?gene a litlod:Gene ; rdfs:label ?label .
                }""".formatted(service);
    }

    @Test
    void aRemoteThatNeverAnswersIsCutOffByThePerCallTimeout() {
        slow.recorder().hold();
        try {
            ResultSetRewindable rs = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> SparqlHttp.post(
                    litlod.endpoint(), oneCallThenGenes("SILENT <" + slow.endpoint() + ">")).results());
            assertEquals(5, rs.size());
            assertEquals(1, slow.recorder().requests());
            SparqlHttp failed = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> SparqlHttp.post(
                    litlod.endpoint(), oneCallThenGenes("<" + slow.endpoint() + ">")));
            assertNotEquals(200, failed.status(), failed.body());
            assertEquals(2, slow.recorder().requests());
        } finally {
            slow.recorder().release();
        }
        ResultSetRewindable after = SparqlHttp.post(litlod.endpoint(), oneCallThenGenes("<" + uniprot.endpoint() + ">")).results();
        assertEquals(5, after.size());
        after.forEachRemaining(row -> assertEquals("http://purl.uniprot.org/uniprot/Q9UM73", row.getResource("anything").getURI()));
    }

    @Test
    void anAllowedLoopbackTargetIsRefusedUnlessLocalTargetsAreAllowed() {
        ServicePolicy strict = ServicePolicy.defaults().withEndpoints(List.of(uniprot.endpoint()));
        Context cxt = new Context();
        strict.install(cxt);
        String q = "SELECT * WHERE { SERVICE <" + uniprot.endpoint() + "> { ?s ?p ?o } }";
        ServiceRefusedException e = assertThrows(ServiceRefusedException.class, () -> {
            try (QueryExec qe = QueryExec.dataset(DatasetGraphFactory.create()).query(q).context(cxt).build()) {
                qe.select().materialize();
            }
        });
        assertEquals(ServiceRefusedException.LOCAL_ADDRESS, e.id());
        assertEquals(0, uniprot.recorder().requests());
    }
}
