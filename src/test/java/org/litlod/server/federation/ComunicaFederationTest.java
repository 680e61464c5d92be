package org.litlod.server.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real third-party client: Comunica ({@code federation/comunica/federate.mjs}) federates
 * litlod's endpoint and a UniProt stand-in, both on loopback, with no special casing. Skipped
 * when Node.js or the runner's {@code node_modules} (see {@code install.sh}) is missing.
 */
class ComunicaFederationTest {
    private static final Path RUNNER = Path.of("federation", "comunica");
    @TempDir
    static Path dir;
    private static StandIn uniprot;
    private static LitlodEndpoint litlod;

    /** Why the test cannot run here, or null; each test is skipped with it (not the class, which would vanish). */
    private static String missing;

    @BeforeAll
    static void start() throws IOException {
        if (!Files.isDirectory(RUNNER.resolve("node_modules/@comunica/query-sparql"))) {
            missing = "Comunica is not installed: run federation/comunica/install.sh";
        } else if (nodeVersion() == null) {
            missing = "node is not on the PATH";
        }
        if (missing != null) {
            return;
        }
        uniprot = StandIn.start("uniprot", StandIns.UNIPROT, "uniprot.ttl");
        litlod = LitlodEndpoint.start(dir.resolve("db"), ServicePolicy.defaults());
    }

    @BeforeEach
    void needsComunica() {
        assumeTrue(missing == null, missing);
    }

    @AfterAll
    static void stop() {
        if (litlod != null) {
            litlod.close();
        }
        if (uniprot != null) {
            uniprot.close();
        }
    }

    @Test
    void comunicaJoinsLitlodGenesWithUniProtEntries() throws Exception {
        JsonNode results = run("genes-and-proteins.rq", litlod.endpoint(), uniprot.endpoint());
        TreeSet<String> pairs = new TreeSet<>();
        for (JsonNode row : results.path("results").path("bindings")) {
            pairs.add(row.path("label").path("value").asText() + "=" + row.path("mnemonic").path("value").asText());
        }
        assertEquals(new TreeSet<>(List.of("ALK=ALK_HUMAN", "EGFR=EGFR_HUMAN", "KIT=KIT_HUMAN",
                "MET=MET_HUMAN", "ROS1=ROS1_HUMAN")), pairs);
        assertTrue(uniprot.recorder().requests() > 0, "Comunica never asked the UniProt stand-in");
    }

    private static JsonNode run(String query, String... endpoints) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("node", "federate.mjs", query));
        command.addAll(List.of(endpoints));
        Path out = dir.resolve("comunica.out");
        Path err = dir.resolve("comunica.err");
        Process p = new ProcessBuilder(command).directory(RUNNER.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Comunica did not finish in 120 s");
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "Comunica failed: " + stderr);
        return new ObjectMapper().readTree(Files.readString(out, StandardCharsets.UTF_8));
    }

    private static String nodeVersion() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 ? v : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
