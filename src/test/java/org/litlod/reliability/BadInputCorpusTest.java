package org.litlod.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.publish.FileOutcome;
import org.litlod.publish.LoadReport;
import org.litlod.publish.Loading;
import org.litlod.publish.SeedCorpus;
import org.litlod.store.PaperStore;

/**
 * Loads the hostile corpus of {@code reliability/bad-input} together with the seeds, once
 * through the command line (in its own JVM) and once through {@link Loading}, and checks each file against its
 * manifest line: the error names the file and the place; a failed file leaves no graph; the
 * good files load; the summary counts are right and the exit status is 1.
 */
class BadInputCorpusTest {
    @TempDir
    static Path dir;
    static BadInputManifest manifest;
    static Path in;
    static CliRun cli;
    static PaperStore cliStore;
    static LoadReport report;
    static PaperStore apiStore;

    @BeforeAll
    static void loadTheCorpus() throws IOException {
        manifest = BadInputManifest.read();
        in = dir.resolve("in");
        Files.createDirectories(in);
        for (BadInputManifest.Entry e : manifest.entries()) {
            Files.copy(manifest.folder().resolve(e.file()), in.resolve(e.file()));
        }
        try (Stream<Path> seeds = Files.list(SeedCorpus.SEEDS)) {
            for (Path s : seeds.toList()) {
                Files.copy(s, in.resolve(s.getFileName()));
            }
        }
        cli = CliRun.of("load", "--db", dir.resolve("cli-db").toString(), in.toString());
        cliStore = PaperStore.open(dir.resolve("cli-db"));
        apiStore = PaperStore.open(dir.resolve("api-db"));
        report = Loading.run(SeedCorpus.publisher(), apiStore, List.of(in), false);
    }

    @Test
    void theRunFailsWithASummaryThatCountsRight() {
        assertEquals(1, cli.status(), cli.err());
        long files = manifest.entries().size() + 3;
        long loaded = manifest.loaded() + 3;
        String summary = "litlod: " + files + " files: " + loaded + " loaded, 0 unchanged, "
                + (files - loaded) + " failed; " + org.litlod.publish.SeedCorpus.documentGraphs(cliStore).size() + " graphs stored; "
                + report.warnings() + " warnings";
        assertTrue(cli.err().lines().anyMatch(summary::equals), summary + "\n" + cli.err());
        assertEquals(cliStore.graphs(), apiStore.graphs());
        assertEquals(report.graphsStored(), org.litlod.publish.SeedCorpus.documentGraphs(apiStore).size(),
                "the documents' graphs (the shared graph of entity descriptions aside)");
    }

    @Test
    void theSeedsOfTheSameRunAreLoaded() {
        for (String seed : List.of("000_93911e03ce8ac8a2.txt", "001_f539eeda5b84100b.txt", "002_ded442ce58b4f461.txt")) {
            assertEquals(1, cliStore.graphsWith(RDFS.label.asNode(),
                    NodeFactory.createLiteralString(seed)).size(), seed + " (published by its name in the input folder)");
        }
    }

    @Test
    void everyErrorLineNamesAFileAndHasAnId() {
        List<String> lines = errorLines().filter(l -> !l.contains(" files: ")).toList();
        assertEquals(manifest.entries().size() - manifest.loaded(), lines.size(), cli.err());
        for (String l : lines) {
            assertTrue(l.matches("litlod: LITLOD-[A-Z]+-\\d{3} " + java.util.regex.Pattern.quote(in.toString()) + "/.+: .+"), l);
        }
    }

    /** The lines litlod printed on stderr, warnings left out (log lines do not start with "litlod: "). */
    private static Stream<String> errorLines() {
        return cli.err().lines().filter(l -> l.startsWith("litlod: ") && !l.startsWith("litlod: warning"));
    }

    @TestFactory
    Stream<DynamicTest> eachFileHasItsOutcome() {
        Map<String, FileOutcome> byFile = new LinkedHashMap<>();
        report.files().forEach(f -> byFile.put(f.file(), f));
        return manifest.entries().stream().map(e -> DynamicTest.dynamicTest(e.file(), () -> {
            String path = in.resolve(e.file()).toString();
            FileOutcome outcome = byFile.get(path);
            List<String> said = errorLines().filter(l -> l.contains(path + ":") || l.contains(path + " ")).toList();
            if (e.loads()) {
                assertEquals(FileOutcome.Status.LOADED, outcome.status(), outcome.toString());
                assertEquals(List.of(), said, "no error for a file that loads");
                assertFalse(outcome.graphs().isEmpty());
                for (String g : outcome.graphs()) {
                    assertTrue(cliStore.graphs().contains(g), g);
                }
                if (e.expectsId()) {
                    assertEquals(1, outcome.warnings().size(), outcome.toString());
                    String place = e.line() > 0 ? path + ":" + e.line() : path;
                    assertTrue(outcome.warnings().get(0).startsWith(e.id() + " " + place + ": "), outcome.warnings().get(0));
                    assertTrue(outcome.warnings().get(0).replace(in + "/", "").contains(e.says()), outcome.warnings().get(0));
                } else {
                    assertEquals(List.of(), outcome.warnings());
                }
            } else {
                assertEquals(FileOutcome.Status.FAILED, outcome.status(), outcome.toString());
                assertEquals(List.of(), outcome.graphs());
                String place = e.line() > 0 ? path + ":" + e.line() : path;
                String expected = "litlod: " + e.id() + " " + place + ": ";
                assertEquals(1, said.size(), cli.err());
                assertTrue(said.get(0).startsWith(expected), "expected " + expected + "… but got " + said.get(0));
                assertTrue(e.says().equals("-") || said.get(0).contains(e.says()), said.get(0));
                assertEquals(List.of(said.get(0).substring("litlod: ".length())), outcome.errors());
                assertEquals(Set.of(), cliStore.graphsWith(RDFS.label.asNode(), NodeFactory.createLiteralString(path)),
                        "no graph of a failed file");
            }
        }));
    }

    @Test
    void utf16WithAByteOrderMarkIsDecoded() {
        assertTrue(cliStore.contains(null, NodeFactory.createURI("http://purl.org/dc/terms/title"),
                NodeFactory.createLiteralString("A summary written in UTF-16 with a byte-order mark")));
    }

    @Test
    void theSamePaperTwiceIsOneGraph() {
        Map<String, FileOutcome> byFile = new LinkedHashMap<>();
        report.files().forEach(f -> byFile.put(f.file(), f));
        for (String pair : List.of("dup", "conflict")) {
            FileOutcome a = byFile.get(in.resolve(pair + "-a.txt").toString());
            FileOutcome b = byFile.get(in.resolve(pair + "-b.txt").toString());
            assertEquals(a.graphs(), b.graphs(), pair);
            assertEquals(Set.of(b.graphs().get(0)), new HashSet<>(cliStore.graphsWith(RDFS.label.asNode(),
                    NodeFactory.createLiteralString(pair + "-b.txt"))), "the later file's graph is stored");
            assertEquals(Set.of(), cliStore.graphsWith(RDFS.label.asNode(),
                    NodeFactory.createLiteralString(pair + "-a.txt")), "the earlier one is replaced");
        }
        org.apache.jena.graph.Node title = NodeFactory.createURI("http://purl.org/dc/terms/title");
        assertTrue(cliStore.contains(null, title, NodeFactory.createLiteralString("Second version of the same paper")));
        assertFalse(cliStore.contains(null, title, NodeFactory.createLiteralString("First version of a paper")));
    }
}
