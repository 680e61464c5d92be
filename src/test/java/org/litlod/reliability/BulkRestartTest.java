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
 * uninterrupted bulk load (same triples, conversion times aside).
 */
class BulkRestartTest {
    private static final int FILES = 40;

    @TempDir
    Path dir;

    @Test
    void aKilledBulkLoadRunAgainEndsAsAnUninterruptedOne() throws Exception {
        Path in = dir.resolve("in");
        CorpusGenerator.write(in, "paper-summary", FILES, 21L);
        Path reference = dir.resolve("reference");
        assertEquals(0, run(in, reference, dir.resolve("reference-work")).waitFor(), () -> log(reference));

        Path db = dir.resolve("db");
        Path work = dir.resolve("work");
        Process p = run(in, db, work);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (partitions(work) < FILES / 4 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the load finished before the kill: " + log(db));
        p.destroyForcibly().waitFor();
        assertTrue(Files.exists(db.resolve(BulkStore.INCOMPLETE)), "a killed load leaves the store marked unfinished");
        long kept = partitions(work);
        assertTrue(kept >= FILES / 4 && kept < FILES, kept + " files converted before the kill");

        assertEquals(0, run(in, db, work).waitFor(), () -> log(db));
        assertTrue(log(db).contains("holds an unfinished bulk load; emptying it and starting again"), log(db));
        assertTrue(Files.notExists(db.resolve(BulkStore.INCOMPLETE)));
        Map<String, GraphFingerprint> want = fingerprints(reference);
        Map<String, GraphFingerprint> got = fingerprints(db);
        assertEquals(FILES, want.size());
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

    private static Process run(Path in, Path db, Path work) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.litlod.cmd.Main", "load", "--bulk", "--db", db.toString(), "--work", work.toString(), in.toString());
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
