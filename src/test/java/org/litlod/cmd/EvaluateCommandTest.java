package org.litlod.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code litlod evaluate}: the part of the corpus scored, the output formats, and an S800 folder. */
class EvaluateCommandTest {

    private static final String GOLD = """
            1|t|Lidocaine and asthma.
            1|a|None.
            1\t0\t9\tLidocaine\tChemical\tD008012

            2|t|Cocaine.
            2|a|None.
            2\t0\t7\tCocaine\tChemical\tD003042

            3|t|Lidocaine again.
            3|a|None.
            3\t0\t9\tLidocaine\tChemical\tD008012
            """;

    @Test
    void scoresOnlyThePartAsked(@TempDir Path dir) throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.txt"), GOLD);
        CommandLineTest.Run all = CommandLineTest.run("evaluate", gold.toString());
        assertEquals(0, all.status(), all.err());
        assertTrue(all.out().contains("Documents: 3;"), all.out());
        CommandLineTest.Run half = CommandLineTest.run("evaluate", "--part", "1/2", "--format", "md", gold.toString());
        assertEquals(0, half.status(), half.err());
        assertTrue(half.out().contains("; part 1/2: 1 of 3 documents"), half.out());
        assertTrue(half.out().contains("Documents: 1;"), half.out());
        assertTrue(half.out().contains("| Chemical | mentions |"), half.out());
        CommandLineTest.Run bad = CommandLineTest.run("evaluate", "--part", "2/2", gold.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("--part"), bad.err());
        assertEquals(2, CommandLineTest.run("evaluate", "--format", "xls", gold.toString()).status());
    }

    @Test
    void readsTheS800Folder() {
        Path s800 = Path.of(System.getProperty("litlod.shared", "../shared"), "fixtures/literature/s800");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(s800), "../shared absent: skipping");
        CommandLineTest.Run r = CommandLineTest.run("evaluate", "--part", "0/4", "--top", "0", s800.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("part 0/4: 100 of 400 documents"), r.out());
        assertTrue(r.out().contains("Species  mentions"), r.out());
        assertTrue(!r.out().contains("Most frequent"), r.out());
    }
}
