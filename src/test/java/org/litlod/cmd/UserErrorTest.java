package org.litlod.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Errors a user can cause: each is one line starting with a stable id, names no Java class, and
 * exits with 2 (the command line cannot be run as given) or 1 (it ran and failed).
 */
class UserErrorTest {
    private static final Path SEED = Path.of("seeds/000_93911e03ce8ac8a2.txt");

    private static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    private static void assertNoJavaInternals(String err) {
        assertFalse(err.contains("java.") || err.contains("org.litlod.") || err.contains("org.apache.")
                || err.contains("Exception") || err.contains("No enum constant"), err);
    }

    @Test
    void readingCommandsRefuseAFolderWithoutAStoreAndCreateNothing(@TempDir Path dir) throws Exception {
        Path typo = dir.resolve("dta");
        CommandLineTest.Run q = run("query", "--db", typo.toString(), "SELECT * WHERE { ?s ?p ?o }");
        assertEquals(2, q.status(), q.err());
        assertTrue(q.err().startsWith("litlod: LITLOD-STORE-002 " + typo + ": no litlod store there"), q.err());
        assertEquals("", q.out());
        CommandLineTest.Run d = run("dump", "--db", typo.toString(), "--format", "ttl");
        assertEquals(2, d.status(), d.err());
        assertTrue(d.err().contains("LITLOD-STORE-002"), d.err());
        assertFalse(Files.exists(typo), "nothing is created where --db points");

        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEquals(2, run("query", "--db", empty.toString(), "ASK {}").status());
        try (var files = Files.list(empty)) {
            assertEquals(0, files.count(), "an empty folder stays empty");
        }
    }

    @Test
    void loadRefusesToTurnAFileOrAFolderOfOtherFilesIntoAStore(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "my notes");
        Path folder = Files.createDirectory(dir.resolve("papers"));
        Files.writeString(folder.resolve("draft.txt"), "a draft");
        for (Path db : List.of(file, folder)) {
            for (List<String> load : List.of(List.of("load"), List.of("load", "--bulk"))) {
                List<String> args = new ArrayList<>(load);
                args.addAll(List.of("--db", db.toString(), SEED.toString()));
                CommandLineTest.Run r = run(args.toArray(String[]::new));
                assertEquals(1, r.status(), r.err());
                assertTrue(r.err().startsWith("litlod: LITLOD-STORE-004 " + db + ": "), r.err());
            }
        }
        assertEquals("my notes", Files.readString(file), "the file is left as it was");
        try (var files = Files.list(folder)) {
            assertEquals(List.of(folder.resolve("draft.txt")), files.toList(), "nothing is added to the folder");
        }
    }

    @Test
    void serveWithNothingToLoadRefusesAMissingStoreAndLoadCreatesOne(@TempDir Path dir) {
        Path db = dir.resolve("db");
        CommandLineTest.Run s = run("serve", "--db", db.toString(), "--port", "0", "--localhost",
                "--seeds", dir.resolve("no-seeds").toString());
        assertEquals(2, s.status(), s.err());
        assertTrue(s.err().contains("LITLOD-STORE-002"), s.err());
        assertFalse(Files.exists(db));

        assertEquals(0, run("load", "--db", db.toString(), SEED.toString()).status());
        CommandLineTest.Run q = run("query", "--db", db.toString(), "--results", "csv",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals("n\r\n2\r\n", q.out(), "the paper's graph and the shared graph of entity descriptions: " + q.err());
    }

    @Test
    void unknownOptionValuesListTheAcceptedOnes() {
        CommandLineTest.Run q = run("query", "--results", "html", "SELECT * WHERE { ?s ?p ?o }");
        assertEquals(2, q.status(), q.err());
        assertTrue(q.err().startsWith("litlod: LITLOD-CLI-002 --results: unknown value 'html' "
                + "(accepted: text, csv, tsv, json, xml)"), q.err());
        assertNoJavaInternals(q.err());

        CommandLineTest.Run c = run("convert", "--to", "rdfxml", SEED.toString());
        assertEquals(2, c.status(), c.err());
        assertTrue(c.err().startsWith("litlod: LITLOD-CLI-002 --to: unknown value 'rdfxml' "
                + "(accepted: trig, nq, ttl, jsonld, json)"), c.err());
        assertEquals("", c.out());
        assertNoJavaInternals(c.err());

        CommandLineTest.Run d = run("dump", "--format", "xls");
        assertEquals(2, d.status(), d.err());
        assertTrue(d.err().contains("LITLOD-CLI-002 --format: unknown value 'xls' (accepted: nq.gz, trig, ttl, jsonld)"),
                d.err());

        CommandLineTest.Run e = run("evaluate", "--format", "html", SEED.toString());
        assertEquals(2, e.status(), e.err());
        assertTrue(e.err().contains("LITLOD-CLI-002 --format: unknown value 'html' (accepted: text, md)"), e.err());
    }

    @Test
    void aCommandLinePicocliCannotParseGetsAnIdAndAHint() {
        CommandLineTest.Run r = run("load", "--frobnicate", SEED.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("litlod: LITLOD-CLI-001 Unknown option: '--frobnicate'"), r.err());
        assertTrue(r.err().contains("Try 'litlod load --help' for more information."), r.err());

        CommandLineTest.Run p = run("evaluate", "--part", "3", SEED.toString());
        assertEquals(2, p.status());
        assertTrue(p.err().contains("LITLOD-CLI-001") && p.err().contains("a part is written K/N"), p.err());
        assertNoJavaInternals(p.err());
    }

    @Test
    void aMissingFileOutsideTheInputsIsNamedWithAnId(@TempDir Path dir) {
        Path gold = dir.resolve("gold.xml");
        CommandLineTest.Run r = run("evaluate", gold.toString());
        assertEquals(1, r.status());
        assertEquals("litlod: LITLOD-INPUT-001 " + gold + ": no such file or directory", r.err().strip());
    }

    @Test
    void aPortOutOfRangeIsRefusedBeforeAnythingIsLoaded(@TempDir Path dir) {
        Path db = dir.resolve("db");
        CommandLineTest.Run r = run("serve", "--db", db.toString(), "--port", "70000");
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("litlod: LITLOD-SERVE-001 --port 70000: out of range (0 to 65535"), r.err());
        assertFalse(Files.exists(db), "no store is made, nothing is loaded");
    }

    @Test
    void aPortInUseIsRefusedBeforeAnythingIsLoaded(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String port = String.valueOf(taken.getLocalPort());
            CommandLineTest.Run r = run("serve", "--db", db.toString(), "--port", port, "--localhost");
            assertEquals(1, r.status(), r.err());
            assertTrue(r.err().startsWith("litlod: LITLOD-SERVE-002 port " + port + " is in use"), r.err());
            assertNoJavaInternals(r.err());
        }
        assertFalse(Files.exists(db), "the seeds were not loaded");
    }

    @Test
    void aStoreHeldByARunningServerIsNamedWithTheProcessAndWhatToDo(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        Path seeds = Files.createDirectory(dir.resolve("seeds"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.litlod.cmd.Main",
                "serve", "--db", db.toString(), "--seeds", seeds.toString(), "--port", "0", "--localhost"));
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile()).start();
        try {
            String pid = String.valueOf(server.pid());
            Path lock = db.resolve("tdb.lock");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!(Files.exists(lock) && Files.readString(lock).strip().equals(pid)) && System.nanoTime() < until
                    && server.isAlive()) {
                Thread.sleep(100);
            }
            assertTrue(server.isAlive(), () -> "the server stopped: " + readLog(dir));
            for (String[] args : List.of(new String[] {"query", "--db", db.toString(), "ASK {}"},
                    new String[] {"load", "--db", db.toString(), SEED.toString()},
                    new String[] {"load", "--bulk", "--db", db.toString(), SEED.toString()})) {
                CommandLineTest.Run r = run(args);
                assertEquals(1, r.status(), r.err());
                assertTrue(r.err().contains("LITLOD-STORE-003 " + db + ": the store is in use by another process (PID "
                        + pid + ": "), r.err());
                assertTrue(r.err().contains("stop it, or query it over HTTP"), r.err());
                assertNoJavaInternals(r.err().replace(System.getProperty("java.home"), "JAVA_HOME")
                        .replaceAll("-cp \\S+", "-cp CLASSPATH").replace("org.litlod.cmd.Main", "MAIN"));
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String readLog(Path dir) {
        try {
            return Files.readString(dir.resolve("server.log"));
        } catch (java.io.IOException e) {
            return e.getMessage();
        }
    }

    @Test
    void dumpRefusesToWriteGzipToATerminal(@TempDir Path dir) {
        Path db = dir.resolve("db");
        assertEquals(0, run("load", "--db", db.toString(), SEED.toString()).status());
        CommandLine.IFactory terminal = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == DumpCommand.class ? cls.cast(new DumpCommand(() -> true))
                        : CommandLine.defaultFactory().create(cls);
            }
        };
        CommandLineTest.Run r = CommandLineTest.run(terminal, "dump", "--db", db.toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().startsWith("litlod: LITLOD-DUMP-002 not writing gzip-compressed data to a terminal: "
                + "give --out FILE"), r.err());
        assertEquals("", r.out());

        CommandLineTest.Run text = CommandLineTest.run(terminal, "dump", "--db", db.toString(), "--format", "ttl");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("10.1038/s41375-025-02729-w"), "text formats still go to a terminal");
    }

    @Test
    void noArgumentsPrintsTheUsageAsAUsageError() {
        CommandLineTest.Run r = run();
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("Usage: litlod"), r.err());
        assertTrue(r.err().contains("serve") && r.err().contains("query"), r.err());
        CommandLineTest.Run lexicon = run("lexicon");
        assertEquals(2, lexicon.status());
        assertTrue(lexicon.err().startsWith("Usage: litlod lexicon"), lexicon.err());
    }
}
