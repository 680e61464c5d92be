package org.litlod.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code litlod stats} over {@code convert} output, {@code --mention-detail} on the command line. */
class StatsCommandTest {
    private static final String SEED = "seeds/000_93911e03ce8ac8a2.txt";

    @Test
    void countsConvertedOutputByPart(@TempDir Path dir) throws Exception {
        CommandLineTest.Run full = CommandLineTest.run("convert", "--mention-detail", "full", "--to", "nq", SEED);
        CommandLineTest.Run document = CommandLineTest.run("convert", "--mention-detail", "document", "--to", "nq", SEED);
        assertEquals(0, full.status(), full.err());
        assertEquals(0, document.status(), document.err());
        Path f = Files.writeString(dir.resolve("full.nq"), full.out());
        Path d = Files.writeString(dir.resolve("document.nq"), document.out());
        assertTrue(full.out().contains("/graph/entities/"), "convert writes the shared graph of entity descriptions");

        CommandLineTest.Run s = CommandLineTest.run("stats", f.toString());
        assertEquals(0, s.status(), s.err());
        assertTrue(s.out().contains("| entity descriptions | "), s.out());
        assertTrue(s.out().endsWith("\n1 papers\n"), s.out());
        assertTrue(CommandLineTest.run("stats", d.toString()).out().contains("| selectors | 0 | 0.0 | 0.0 % |"));
        assertTrue(full.out().lines().count() > document.out().lines().count());
    }

    @Test
    void aFileThatIsNotRdfIsNamed(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.nq"), "<a> <b> oops .\n");
        CommandLineTest.Run s = CommandLineTest.run("stats", bad.toString());
        assertEquals(1, s.status());
        assertTrue(s.err().startsWith("litlod: LITLOD-STATS-001 " + bad + ": "), s.err());
    }

    @Test
    void anUnknownMentionDetailListsTheAcceptedOnes() {
        CommandLineTest.Run c = CommandLineTest.run("convert", "--mention-detail", "quotes", SEED);
        assertEquals(2, c.status(), c.err());
        assertTrue(c.err().startsWith("litlod: LITLOD-CLI-002 --mention-detail: unknown value 'quotes' "
                + "(accepted: full, position, document)"), c.err());
    }
}
