package org.litlod.server.federation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The allow-list decisions, without any network: only IP literals and "localhost" are used. */
class ServicePolicyTest {
    private static final String PUBLIC = "http://192.0.2.10/sparql";

    private static String refusal(ServicePolicy p, String iri) {
        return assertThrows(ServiceRefusedException.class, () -> p.check(iri)).id();
    }

    @Test
    void theDefaultListIsTheRealLifeScienceEndpoints() {
        assertEquals(List.of(
                "https://id.nlm.nih.gov/mesh/sparql",
                "https://idsm.elixir-czech.cz/sparql/endpoint/idsm",
                "https://query-scholarly.wikidata.org/sparql",
                "https://query.wikidata.org/sparql",
                "https://sparql.uniprot.org/sparql",
                "https://ubergraph.apps.renci.org/sparql"), ServicePolicy.defaults().endpoints());
    }

    @Test
    void anEndpointOffTheListIsRefusedWith001() {
        assertEquals(ServiceRefusedException.NOT_ALLOWED, refusal(ServicePolicy.defaults(), "https://dbpedia.org/sparql"));
        assertEquals(ServiceRefusedException.NOT_ALLOWED, refusal(ServicePolicy.defaults(), "https://sparql.uniprot.org/sparql/other"));
        assertEquals(ServiceRefusedException.NOT_ALLOWED, refusal(ServicePolicy.defaults(), "http://sparql.uniprot.org/sparql"));
    }

    @Test
    void theMessageNamesTheIdAndTheTarget() {
        ServiceRefusedException e = assertThrows(ServiceRefusedException.class,
                () -> ServicePolicy.defaults().check("https://example.org/sparql"));
        assertTrue(e.getMessage().startsWith("LITLOD-SERVICE-001: SERVICE <https://example.org/sparql> refused"), e.getMessage());
        assertEquals("https://example.org/sparql", e.target());
    }

    @Test
    void listedEndpointsMatchAfterNormalisation() {
        ServicePolicy p = ServicePolicy.defaults().withEndpoints(List.of(PUBLIC));
        assertDoesNotThrow(() -> p.check("HTTP://192.0.2.10:80/sparql/"));
        assertDoesNotThrow(() -> p.check("http://192.0.2.10/sparql#frag"));
        assertEquals(ServiceRefusedException.NOT_ALLOWED, refusal(p, "http://192.0.2.10:8080/sparql"));
        assertEquals(ServiceRefusedException.NOT_ALLOWED, refusal(p, "http://192.0.2.10/sparql?default-graph-uri=x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:3030/sparql", "http://127.0.0.1/sparql", "http://127.1.2.3/sparql",
        "http://10.0.0.7/sparql", "http://172.16.5.5/sparql", "http://192.168.1.1/sparql",
        "http://169.254.169.254/latest", "http://100.64.0.1/sparql", "http://0.0.0.0/sparql",
        "http://[::1]/sparql", "http://[fd00::1]/sparql", "http://[fe80::1]/sparql",
        "http://[::ffff:127.0.0.1]/sparql", "http://api.localhost/sparql"})
    void localTargetsAreRefusedEvenWhenListedUnlessAllowed(String iri) {
        ServicePolicy listed = ServicePolicy.defaults().withEndpoints(List.of(iri));
        assertEquals(ServiceRefusedException.LOCAL_ADDRESS, refusal(listed, iri));
        assertDoesNotThrow(() -> listed.allowingLocalTargets(true).check(iri));
    }

    @Test
    void aPublicAddressIsNotLocal() {
        assertDoesNotThrow(() -> ServicePolicy.defaults().withEndpoints(List.of(PUBLIC)).check(PUBLIC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://192.0.2.10/sparql", "file:///etc/passwd", "urn:x:y", "http://user:pw@192.0.2.10/sparql",
        "http:///sparql", "not an iri"})
    void nonHttpTargetsAreRefusedWith003(String iri) {
        assertEquals(ServiceRefusedException.BAD_TARGET, refusal(ServicePolicy.defaults(), iri));
    }

    @Test
    void settingsReplaceTheListAndSetLimits() {
        ServicePolicy p = ServiceSettings.from(Map.of(
                ServiceSettings.ALLOW, "http://192.0.2.10/sparql, http://localhost:3031/x/sparql",
                ServiceSettings.ALLOW_LOCAL, "true",
                ServiceSettings.TIMEOUT, "1500")::get);
        assertEquals(List.of("http://192.0.2.10/sparql", "http://localhost:3031/x/sparql"), p.endpoints());
        assertEquals(Duration.ofMillis(1500), p.timeout());
        assertDoesNotThrow(() -> p.check("http://localhost:3031/x/sparql"));
        assertEquals(ServiceRefusedException.NOT_ALLOWED, refusal(p, "https://sparql.uniprot.org/sparql"));
    }

    @Test
    void withoutSettingsTheDefaultsApply() {
        ServicePolicy p = ServiceSettings.from(name -> null);
        assertEquals(ServicePolicy.defaults().endpoints(), p.endpoints());
        assertEquals(ServicePolicy.DEFAULT_TIMEOUT, p.timeout());
        assertEquals(64L << 20, p.loadLimit());
        assertEquals(ServiceRefusedException.LOCAL_ADDRESS,
                refusal(p.withEndpoints(List.of("http://127.0.0.1/s")), "http://127.0.0.1/s"));
    }

    @Test
    void aBadTimeoutSettingIsReported() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServiceSettings.from(Map.of(ServiceSettings.TIMEOUT, "soon")::get));
        assertTrue(e.getMessage().contains("LITLOD-SERVICE-005"), e.getMessage());
    }

    @Test
    void aBadLoadLimitIsReported() {
        assertEquals(1000, ServiceSettings.from(Map.of(ServiceSettings.LOAD_LIMIT, "1000")::get).loadLimit());
        for (String bad : List.of("big", "0", "-5", "4294967296")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ServiceSettings.from(Map.of(ServiceSettings.LOAD_LIMIT, bad)::get), bad);
            assertTrue(e.getMessage().contains("LITLOD-SERVICE-005") && e.getMessage().contains(bad), e.getMessage());
        }
    }
}
