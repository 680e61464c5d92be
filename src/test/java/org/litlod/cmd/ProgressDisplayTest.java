package org.litlod.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.corpus.CorpusGenerator;
import org.litlod.publish.BulkLoadReport;
import org.litlod.publish.Publishers;
import org.litlod.store.BulkStore;

/** A bulk load shows a bar redrawn in place on a terminal, and log lines otherwise. */
class ProgressDisplayTest {

    private static String bulkLoadShownOn(boolean terminal, Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<Path> files = CorpusGenerator.write(dir.resolve("in"), "paper-summary", 4, 1L);
        BulkLoadReport r = new ProgressDisplay(out, terminal).bulkLoad(Publishers.standard("http://localhost:3030/", null),
                BulkStore.Loader.SORTED)
                .run(files, dir.resolve("db"));
        assertEquals(4, r.documents());
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndEndsWithANewline(@TempDir Path dir) throws Exception {
        String shown = bulkLoadShownOn(true, dir);
        assertTrue(shown.startsWith("\r["), shown);
        assertTrue(shown.contains("\r[##############################] 100.0% 4 docs, "), shown);
        assertTrue(shown.endsWith("done\u001b[K" + System.lineSeparator()), shown);
        assertEquals(1, shown.chars().filter(c -> c == '\n').count(), "one line, redrawn");
    }

    @Test
    void elsewhereEachReportIsALogLine(@TempDir Path dir) throws Exception {
        List<String> lines = bulkLoadShownOn(false, dir).lines().toList();
        assertTrue(lines.size() >= 2, lines.toString());
        lines.forEach(l -> assertTrue(l.startsWith("litlod: bulk: "), l));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("litlod: bulk: 4/4 files, 100.0% of ")), lines.toString());
        assertTrue(lines.get(lines.size() - 1).endsWith(", done"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("\r")));
    }
}
