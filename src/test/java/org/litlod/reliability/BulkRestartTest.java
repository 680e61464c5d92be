package org.litlod.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.corpus.CorpusGenerator;
import org.litlod.store.BulkStore;

/**
 * {@code litlod load --bulk} killed with SIGKILL in the middle of a load into a new store, then
 * run again with the same arguments: the second run finds the store marked unfinished, empties
 * it, resumes the conversion from the work folder and ends with exactly the graphs of an
 * uninterrupted bulk load (same triples, conversion times aside). The killed run is given a
 * {@link BlockingInput} as its last file, so it cannot end before the kill: the test waits until
 * a quarter of the files are converted, not for a moment it hopes the load is still running.
 */
class BulkRestartTest {
    private static final int FILES = 40;

    @TempDir
    Path dir;

    @Test
    void aKilledBulkLoadRunAgainEndsAsAnUninterruptedOne() throws Exception {
        Path in = dir.resolve("in");
        CorpusGenerator.write(in, "paper-summary", FILES + 1, 21L);
        Path last;
        try (Stream<Path> files = Files.list(in)) {
            last = files.sorted().reduce((a, b) -> b).orElseThrow();
        }
        Path extra = Files.move(last, Files.createDirectories(dir.resolve("extra")).resolve(last.getFileName()));
        Path reference = dir.resolve("reference");
        assertEquals(0, run(List.of(in, extra), reference, dir.resolve("reference-work")).waitFor(),
                () -> log(reference));

        Path db = dir.resolve("db");
        Path work = dir.resolve("work");
        Path blocking = BlockingInput.create(dir.resolve("blocking").resolve(last.getFileName()));
        Process p = run(List.of(in, blocking), db, work);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (partitions(work) < FILES / 4 && p.isAlive() && System.nanoTime() < deadline) {
            p.waitFor(20, TimeUnit.MILLISECONDS);
        }
        assertTrue(p.isAlive(), "the load ended before the kill, which its blocking input cannot let it do: " + log(db));
        assertTrue(partitions(work) >= FILES / 4, "no quarter of the files converted in 2 minutes: " + log(db));
        p.destroyForcibly().waitFor();
        assertTrue(Files.exists(db.resolve(BulkStore.INCOMPLETE)), "a killed load leaves the store marked unfinished");
        long kept = partitions(work);
        assertTrue(kept >= FILES / 4 && kept <= FILES, kept + " files converted before the kill");

        BlockingInput.replace(blocking, extra);
        assertEquals(0, run(List.of(in, blocking), db, work).waitFor(), () -> log(db));
        assertTrue(log(db).contains("holds an unfinished bulk load; emptying it and starting again"), log(db));
        assertTrue(Files.notExists(db.resolve(BulkStore.INCOMPLETE)));
        Map<String, GraphFingerprint> want = fingerprints(reference);
        Map<String, GraphFingerprint> got = fingerprints(db);
        assertEquals(FILES + 1 + 1, want.size(), "and the shared graph of entity descriptions");
        assertEquals(want.keySet(), got.keySet());
        List<String> differ = new ArrayList<>();
        want.forEach((g, f) -> {
            if (!f.matches(got.get(g))) {
                differ.add(g);
            }
        });
        assertEquals(List.of(), differ);
    }

    private static long partitions(Path work) throws IOException {
        if (!Files.isDirectory(work)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(work)) {
            return files.filter(f -> f.toString().endsWith(".json")).count();
        }
    }

    private static Map<String, GraphFingerprint> fingerprints(Path db) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toAbsolutePath().normalize().toString());
        try {
            return Txn.calculateRead(dsg, () -> {
                Map<String, GraphFingerprint> out = new HashMap<>();
                dsg.listGraphNodes().forEachRemaining(g -> out.put(g.getURI(), GraphFingerprint.of(dsg.getGraph(g))));
                return out;
            });
        } finally {
            TdbConnections.release(db);
        }
    }

    private static Process run(List<Path> inputs, Path db, Path work) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.litlod.cmd.Main", "load", "--bulk", "--db", db.toString(), "--work", work.toString()));
        inputs.forEach(i -> cmd.add(i.toString()));
        Path log = db.resolveSibling(db.getFileName() + ".log");
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private static String log(Path db) {
        try {
            return Files.readString(db.resolveSibling(db.getFileName() + ".log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
