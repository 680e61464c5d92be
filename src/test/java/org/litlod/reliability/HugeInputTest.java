package org.litlod.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.publish.FileOutcome;
import org.litlod.publish.LoadReport;
import org.litlod.publish.Loading;
import org.litlod.publish.SeedCorpus;
import org.litlod.store.PaperStore;

/**
 * Inputs too big to be documents, made here and never committed: a 100 MB file and a paper
 * summary with a 10 MB line. Each is refused before it is converted, with the file and the place;
 * the seed loaded in the same run is stored. The 100 MB file is refused by its size before it is
 * read; the 10 MB line is loaded by {@code litlod load} in a JVM with a 512 MB heap.
 */
class HugeInputTest {
    @TempDir
    Path dir;

    @Test
    void aHundredMegabyteFileIsRefusedUnreadAndTheOthersLoad() throws IOException {
        Path big = dir.resolve("in/big.txt");
        Files.createDirectories(big.getParent());
        String line = "Lorem ipsum dolor sit amet, ALK and crizotinib in lung cancer. ".repeat(16) + "\n";
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("# A paper summary of a hundred megabytes\n\n**Authors:** Ann Smith\n\n## Abstract\n\n");
            for (long n = 0; n < 100L * 1024 * 1024; n += line.length()) {
                w.write(line);
            }
        }
        Files.copy(SeedCorpus.SEEDS.resolve(CrashCorpus.SEEDS.get(0)), dir.resolve("in/seed.txt"));
        LoadReport r = Loading.run(SeedCorpus.publisher(), PaperStore.open(dir.resolve("db")), List.of(dir.resolve("in")), false);
        FileOutcome bigOutcome = r.files().get(0);
        assertEquals(FileOutcome.Status.FAILED, bigOutcome.status());
        assertTrue(bigOutcome.errors().get(0).startsWith("LITLOD-INPUT-002 " + big + ": file too large ("
                + Files.size(big) + " bytes"), bigOutcome.errors().get(0));
        assertEquals(FileOutcome.Status.LOADED, r.files().get(1).status());
        assertEquals(1, r.graphsStored());
    }

    @Test
    void aTenMegabyteLineIsRefusedWithItsLineNumber() throws IOException {
        Path f = dir.resolve("in/long-line.txt");
        Files.createDirectories(f.getParent());
        String seed = Files.readString(SeedCorpus.SEEDS.resolve(CrashCorpus.SEEDS.get(0)));
        int abstractLine = (int) seed.substring(0, seed.indexOf("## Abstract")).lines().count() + 3;
        String longLine = "ALK crizotinib ".repeat(10 * 1024 * 1024 / 15);
        Files.writeString(f, seed.replace("## Abstract\n\n", "## Abstract\n\n" + longLine), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("load", "--db", dir.resolve("db").toString(), f.toString(),
                SeedCorpus.SEEDS.resolve(CrashCorpus.SEEDS.get(1)).toString());
        assertEquals(1, run.status());
        assertTrue(run.err().contains("litlod: LITLOD-CONVERT-006 " + f + ":" + abstractLine
                + ": line longer than 1048576 characters"), run.err());
        assertTrue(run.err().contains("2 files: 1 loaded, 0 unchanged, 1 failed; 1 graphs stored"), run.err());
    }
}
