package org.litlod.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.publish.LoadReport;
import org.litlod.publish.Loading;
import org.litlod.publish.Publishers;
import org.litlod.publish.SeedCorpus;
import org.litlod.store.PaperStore;

/**
 * Kills {@code litlod load} with SIGKILL at random moments while it loads 30 documents, again and
 * again (after its start-up, measured first), and after each run reopens the TDB2 store and checks that it opens and answers and that
 * every graph in it is whole: the same triple count, checksum and shape (isomorphism) as the
 * graph the same document gives in a clean reference store.
 *
 * <p>Half the kills hit a fresh store (documents are being added), half hit a store that a
 * previous run already filled (graphs are being replaced). By default it kills
 * {@value #DEFAULT_KILLS} times; {@code -Dlitlod.crash.kills=24} kills 24 times, and
 * {@code -Dlitlod.crash.report=FILE} writes the figures to a file (bench/reliability/crash.sh).
 * The killed runs get a {@link BlockingInput} after the documents, so a load cannot end before
 * its kill however fast the machine is: every run is killed, at a random moment of the load or
 * once everything is stored.
 */
class CrashSafetyTest {
    static final int DEFAULT_KILLS = 2;
    static final int DOCUMENTS = 30;
    /** Whether the loads tag (slower, bigger graphs); {@code -Dlitlod.crash.tagging=true}. */
    static final boolean TAGGING = Boolean.getBoolean("litlod.crash.tagging");

    @TempDir
    Path dir;

    @Test
    void everyGraphIsWholeOrAbsentAfterEachKill() throws Exception {
        int kills = Integer.getInteger("litlod.crash.kills", DEFAULT_KILLS);
        Path in = dir.resolve("in");
        CrashCorpus.write(in, DOCUMENTS, "crash");
        Map<String, GraphFingerprint> reference = reference(in);
        assertEquals(DOCUMENTS, reference.size());

        long full = timeOfOneLoad(in, dir.resolve("calibration"));
        Path none = Files.createDirectories(dir.resolve("no-input"));
        long startup = timeOfOneLoad(none, dir.resolve("startup"));
        Random random = new Random(20251123L);
        List<String> rows = new ArrayList<>();
        int inconsistencies = 0;
        int killedLoading = 0;
        int partlyFilled = 0;
        long window = Math.max(500, full - startup);
        Path shared = dir.resolve("shared-db");
        Path blocking = BlockingInput.create(dir.resolve("blocking").resolve("never-ends.xml"));
        for (int attempt = 1; attempt <= kills; attempt++) {
            boolean fresh = attempt % 2 == 1;
            Path db = fresh ? dir.resolve("fresh-" + attempt) : shared;
            long delay = startup + (long) (random.nextDouble() * window);
            boolean killed = runAndKill(in, blocking, db, delay);
            Check c = check(db, reference);
            inconsistencies += c.inconsistencies().size();
            killedLoading += killed ? 1 : 0;
            partlyFilled += killed && c.present() > 0 && c.present() < DOCUMENTS ? 1 : 0;
            rows.add(String.format("| %d | %s | %d | %s | %d | %d | %d |", attempt, fresh ? "fresh" : "refill", delay,
                    killed ? "yes" : "no (finished)", c.present(), DOCUMENTS - c.present(), c.inconsistencies().size()));
            assertEquals(List.of(), c.inconsistencies(), "after run " + attempt);
        }
        assertEquals(kills, killedLoading, "runs killed while loading");
        // a run to the end after all the kills loads everything
        assertEquals(0, runToEnd(in, shared), () -> log(shared));
        Check last = check(shared, reference);
        assertEquals(DOCUMENTS, last.present());
        assertEquals(List.of(), last.inconsistencies());
        report(kills, partlyFilled, inconsistencies, full, startup, rows);
    }

    private Map<String, GraphFingerprint> reference(Path in) throws IOException {
        PaperStore store = PaperStore.open(dir.resolve("reference"));
        LoadReport r = Loading.run(TAGGING ? SeedCorpus.publisher() : Publishers.standard(SeedCorpus.BASE, null),
                store, List.of(in), false);
        assertTrue(r.ok(), r.summary());
        Map<String, GraphFingerprint> out = fingerprints(store.datasetGraph());
        Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().listGraphNodes().forEachRemaining(g -> {
            if (isShared(g)) {
                store.datasetGraph().getGraph(g).find().forEachRemaining(t -> descriptions.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        }));
        release(store.location());
        return out;
    }

    /** The descriptions of entities in the reference store's shared graphs. */
    private final DatasetGraph descriptions = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();

    /**
     * Whether {@code g} is a shared graph of entity descriptions: it grows with every document
     * committed, so it is not whole or absent like a document's graph but a part of the
     * reference's, with every description a committed document needs (its transaction writes both).
     */
    private static boolean isShared(org.apache.jena.graph.Node g) {
        return g.getURI().contains("/graph/entities/");
    }

    private static Map<String, GraphFingerprint> fingerprints(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, GraphFingerprint> out = new HashMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!isShared(g)) {
                    out.put(g.getURI(), GraphFingerprint.of(dsg.getGraph(g)));
                }
            });
            return out;
        });
    }

    /** What a store holds after a kill. */
    record Check(int present, List<String> inconsistencies) {
    }

    private Check check(Path db, Map<String, GraphFingerprint> reference) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toAbsolutePath().normalize().toString());
        try {
            List<String> bad = new ArrayList<>();
            Map<String, GraphFingerprint> stored = fingerprints(dsg);
            for (Map.Entry<String, GraphFingerprint> e : stored.entrySet()) {
                GraphFingerprint want = reference.get(e.getKey());
                if (want == null) {
                    bad.add("unknown graph " + e.getKey());
                } else if (!want.matches(e.getValue())) {
                    bad.add("graph " + e.getKey() + " has " + e.getValue().triples() + " triples, checksum "
                            + e.getValue().checksum() + "; expected " + want.triples() + ", " + want.checksum());
                }
            }
            long shared = Txn.calculateRead(dsg, () -> {
                long graphs = 0;
                for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                    org.apache.jena.graph.Node g = it.next();
                    if (isShared(g)) {
                        graphs++;
                        dsg.getGraph(g).find().forEachRemaining(t -> {
                            if (!descriptions.contains(g, t.getSubject(), t.getPredicate(), t.getObject())) {
                                bad.add("shared graph " + g.getURI() + " holds " + t + ", which the reference's lacks");
                            }
                        });
                    }
                }
                return graphs;
            });
            long defaultGraph = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
            if (defaultGraph != 0) {
                bad.add("the default graph holds " + defaultGraph + " triples");
            }
            long answered = Txn.calculateRead(dsg, () -> {
                try (var qe = QueryExecutionFactory.create(
                        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", DatasetFactory.wrap(dsg))) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            if (answered != stored.size() + shared) {
                bad.add("SPARQL counts " + answered + " graphs, the store lists " + (stored.size() + shared));
            }
            return new Check(stored.size(), bad);
        } finally {
            release(db);
        }
    }

    private static void release(Path db) {
        TdbConnections.release(db);
    }

    private static Path logOf(Path db) {
        return db.resolveSibling(db.getFileName() + ".log");
    }

    private static String log(Path db) {
        try {
            return Files.readString(logOf(db));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Process start(Path db, Path... inputs) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.litlod.cmd.Main",
                "load", "--db", db.toString()));
        for (Path i : inputs) {
            cmd.add(i.toString());
        }
        if (!TAGGING) {
            cmd.add("--no-tagging");
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(logOf(db).toFile()).start();
    }

    private long timeOfOneLoad(Path in, Path db) throws Exception {
        long t0 = System.nanoTime();
        assertEquals(0, runToEnd(in, db), () -> "a load without kills fails: " + log(db));
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    private static int runToEnd(Path in, Path db) throws Exception {
        Process p = start(db, in);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("load did not finish in 5 minutes");
        }
        return p.exitValue();
    }

    /**
     * Starts a load of {@code in} and then {@code blocking}, kills it (SIGKILL) after
     * {@code delayMillis}; true if it was still running, as the blocking input keeps it.
     */
    private static boolean runAndKill(Path in, Path blocking, Path db, long delayMillis) throws Exception {
        Process p = start(db, in, blocking);
        if (p.waitFor(delayMillis, TimeUnit.MILLISECONDS)) {
            return false;
        }
        p.destroyForcibly();
        p.waitFor(1, TimeUnit.MINUTES);
        return true;
    }

    private static void report(int kills, int partlyFilled, int inconsistencies, long full, long startup,
                               List<String> rows) throws IOException {
        String text = "kills while loading: " + kills + ";"
                + " kills that left some documents present and some absent: " + partlyFilled
                + "; inconsistencies: " + inconsistencies + "; one uninterrupted load of " + DOCUMENTS
                + " documents: " + full + " ms, of which JVM start and pipeline set-up: " + startup
                + " ms; tagging: " + TAGGING + "\n\n"
                + "| run | store | kill after ms | killed | present | absent | inconsistencies |\n"
                + "|---|---|---|---|---|---|---|\n" + String.join("\n", rows) + "\n";
        System.out.println(text);
        String file = System.getProperty("litlod.crash.report");
        if (file != null) {
            Files.writeString(Path.of(file), text, StandardCharsets.UTF_8);
        }
    }

}
