package org.litlod.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands as a user runs them: exit status, what goes to stdout and to stderr. */
class CommandLineTest {
    private static final Path SEED_000 = Path.of("seeds/000_93911e03ce8ac8a2.txt");
    private static final Path SEED_001 = Path.of("seeds/001_f539eeda5b84100b.txt");

    /** The outcome of one run of the command line. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        return run(picocli.CommandLine.defaultFactory(), args);
    }

    /** Runs the command line with the commands {@code factory} makes. */
    static synchronized Run run(picocli.CommandLine.IFactory factory, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(factory, args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "load", "convert", "query", "dump", "compact", "generate", "lexicon", "evaluate"})
    void everyVerbHasHelp(String verb) {
        Run r = run(verb, "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("Usage: litlod " + verb), r.out());
    }

    @Test
    void convertPrintsTheNeutralModelAsJson() {
        Run r = run("convert", "--to", "json", SEED_001.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("\"name\" : \"Ryohei Katayama\""), r.out());
        assertTrue(r.out().contains("\"format\" : \"portal-record\""), r.out());
    }

    @Test
    void convertPrintsRdfInTheSyntaxAsked() {
        Run r = run("convert", "--to", "nq", SEED_000.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("<http://prismstandard.org/namespaces/basic/2.0/doi> \"10.1038/s41375-025-02729-w\" <http://localhost:3030/graph/"), r.out());
    }

    @Test
    void aFileNoConverterAcceptsIsNamedAndTheExitStatusSaysSo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("notes.txt");
        Files.writeString(bad, "Just a shopping list.\nEggs\nMilk\n");
        Run r = run("convert", "--to", "json", bad.toString(), SEED_000.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("LITLOD-CONVERT-001") && r.err().contains(bad.toString()), r.err());
        assertTrue(r.out().contains("Hiroki Kobayashi"), "the good file is still converted");
    }

    @Test
    void loadStoresTheGoodDocumentsReportsTheBadOneAndFails(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("in/broken.txt");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "# A title\n\n**Authors:** Ann Smith\n\nPMC · DOI: 10.1/x · J · 2020-01-01\n\n"
                + "## Linked entities\n\n- **Diseases:** something (MONDO:abc)\n");
        Files.copy(SEED_001, dir.resolve("in/001.txt"));
        String db = dir.resolve("db").toString();
        Run r = run("load", "--db", db, dir.resolve("in").toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("broken.txt"), r.err());
        assertTrue(r.err().contains("2 files: 1 loaded, 0 unchanged, 1 failed; 1 graphs stored"), r.err());

        Run q = run("query", "--db", db, "--results", "csv",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(0, q.status(), q.err());
        assertEquals("n\r\n2\r\n", q.out(), "the paper's graph and the shared graph of entity descriptions");
    }

    @Test
    void aSecondLoadSkipsUnchangedFilesUnlessForcedAndCompactKeepsTheData(@TempDir Path dir) {
        String db = dir.resolve("db").toString();
        assertEquals(0, run("load", "--db", db, SEED_000.toString(), SEED_001.toString()).status());
        Run again = run("load", "--db", db, SEED_000.toString(), SEED_001.toString());
        assertTrue(again.err().contains("2 files: 0 loaded, 2 unchanged, 0 failed; 0 graphs stored"), again.err());
        Run forced = run("load", "--force", "--db", db, SEED_000.toString(), SEED_001.toString());
        assertTrue(forced.err().contains("2 files: 2 loaded, 0 unchanged, 0 failed; 2 graphs stored"), forced.err());
        Run c = run("compact", "--db", db);
        assertEquals(0, c.status(), c.err());
        assertTrue(c.err().startsWith("litlod: compacted "), c.err());
        Run q = run("query", "--db", db, "--results", "csv",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals("n\r\n3\r\n", q.out(), "two papers' graphs and the shared graph of entity descriptions");
        assertEquals(2, run("compact", "--db", dir.resolve("none").toString()).status(), "no store there");
    }

    @Test
    void dumpWritesEveryGraphAsNQuads(@TempDir Path dir) throws Exception {
        String db = dir.resolve("db").toString();
        assertEquals(0, run("load", "--db", db, SEED_000.toString(), SEED_001.toString()).status());
        Path nq = dir.resolve("all.nq.gz");
        Run r = run("dump", "--db", db, "--format", "nq.gz", "--out", nq.toString());
        assertEquals(0, r.status(), r.err());
        org.apache.jena.sparql.core.DatasetGraph back = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(nq.toString());
        assertEquals(2 + 1, org.apache.jena.atlas.iterator.Iter.count(back.listGraphNodes()), "and the shared graph");
        Run bad = run("dump", "--db", db, "--format", "xls");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("LITLOD-CLI-002"), bad.err());
    }

    @Test
    void evaluateScoresTheTaggerOnBioCGold() {
        Path gold = Path.of(System.getProperty("litlod.shared", "../shared"),
                "fixtures/literature/pubtator-bioc-cdr/CDR_sample.dev.gold.BioC.xml");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(gold), "../shared absent: skipping");
        Run r = run("evaluate", "--format", "md", gold.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("Documents: 25"), r.out());
        assertTrue(r.out().contains("| Disease | mentions |") && r.out().contains("| Chemical | normalisation |"), r.out());
    }

    @Test
    void generatedDocumentsBulkLoad(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        assertEquals(0, run("generate", "--format", "paper-summary", "--count", "12", "--out", corpus.toString()).status());
        String db = dir.resolve("db").toString();
        Run r = run("load", "--bulk", "--db", db, corpus.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.err().contains("; loader sorted;"), "the sorted loader is the default: " + r.err());
        Run q = run("query", "--db", db, "--results", "csv",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals("n\r\n13\r\n", q.out(), "12 papers' graphs and the shared graph of entity descriptions");

        String other = dir.resolve("other").toString();
        Run parallel = run("load", "--bulk", "--loader", "parallel", "--db", other, corpus.toString());
        assertEquals(0, parallel.status(), parallel.err());
        assertTrue(parallel.err().contains("; loader parallel;"), parallel.err());
        String typedPerGraph = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a ?type } } GROUP BY ?g ORDER BY ?g";
        String sorted = run("query", "--db", db, "--results", "csv", typedPerGraph).out();
        assertEquals(14, sorted.lines().count(), sorted);
        assertEquals(run("query", "--db", other, "--results", "csv", typedPerGraph).out(), sorted,
                "a pattern answered by a secondary index gives the same counts from both loaders' stores");

        Run bad = run("load", "--bulk", "--loader", "fast", "--db", dir.resolve("bad").toString(), corpus.toString());
        assertEquals(2, bad.status(), bad.err());
        assertTrue(bad.err().contains("LITLOD-CLI-002 --loader: unknown value 'fast' (accepted: sorted, parallel, phased)"),
                bad.err());
    }

    @Test
    void aMalformedQueryIsAnErrorWithTheParserMessage(@TempDir Path dir) {
        assertEquals(0, run("load", "--db", dir.resolve("db").toString(), SEED_000.toString()).status());
        Run r = run("query", "--db", dir.resolve("db").toString(), "SELECT WHERE {");
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("litlod: LITLOD-QUERY-002 the query does not parse: "), r.err());
        assertTrue(r.err().toLowerCase().contains("line 1"), r.err());
    }

    @Test
    void aMissingInputFailsAloneInTheLoadSummary(@TempDir Path dir) {
        Path missing = dir.resolve("missing.xml");
        String db = dir.resolve("db").toString();
        Run r = run("load", "--db", db, missing.toString(), SEED_001.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("litlod: LITLOD-INPUT-001 " + missing + ": no such file or directory"), r.err());
        assertTrue(r.err().contains("2 files: 1 loaded, 0 unchanged, 1 failed; 1 graphs stored"), r.err());
        Run q = run("query", "--db", db, "--results", "csv",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals("n\r\n2\r\n", q.out(), "the paper's graph and the shared graph of entity descriptions: " + q.err());
    }

    @Test
    void aMissingInputFailsAloneInABulkLoad(@TempDir Path dir) {
        Path missing = dir.resolve("missing.xml");
        String db = dir.resolve("db").toString();
        Run r = run("load", "--bulk", "--db", db, missing.toString(), SEED_001.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("LITLOD-INPUT-001 " + missing + ": no such file or directory"), r.err());
        assertTrue(r.err().contains("2 files: 1 documents"), r.err());
    }

    @Test
    void aMissingInputFailsAloneInAConversion(@TempDir Path dir) {
        Path missing = dir.resolve("missing.txt");
        Run r = run("convert", "--to", "json", missing.toString(), SEED_001.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("litlod: LITLOD-INPUT-001 " + missing + ": no such file or directory", r.err().strip());
        assertTrue(r.out().contains("\"name\" : \"Ryohei Katayama\""), "the good file is still converted");
    }

    @Test
    void anUnreadableInputFailsAloneWithoutJavaClassNames(@TempDir Path dir) throws Exception {
        Path locked = dir.resolve("locked.txt");
        Files.copy(SEED_000, locked);
        org.junit.jupiter.api.Assumptions.assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked),
                "files stay readable for this user (root): skipping");
        Run r = run("convert", "--to", "json", locked.toString(), SEED_001.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals("litlod: LITLOD-INPUT-003 " + locked + ": cannot read it (permission denied)", r.err().strip());
        Run l = run("load", "--db", dir.resolve("db").toString(), locked.toString(), SEED_001.toString());
        assertTrue(l.err().contains("2 files: 1 loaded, 0 unchanged, 1 failed"), l.err());
    }
}
