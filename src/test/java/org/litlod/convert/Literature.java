package org.litlod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.litlod.model.Document;
import org.litlod.model.Mention;
import org.litlod.model.Passage;

/**
 * The real literature files in {@code ../shared/fixtures/literature} (system property
 * {@code litlod.shared}); tests that use them skip when the folder is absent.
 */
public final class Literature {
    private Literature() {
    }

    /** The literature folder. */
    public static Path dir() {
        return Path.of(System.getProperty("litlod.shared", "../shared"), "fixtures", "literature");
    }

    /** Whether the folder is there. */
    public static boolean present() {
        return Files.isDirectory(dir());
    }

    /** Skips the calling test when the folder is absent. */
    public static void assumePresent() {
        Assumptions.assumeTrue(Files.isDirectory(dir()), "../shared absent: skipping");
    }

    /** A file of the folder ("pubmed-xml/pmid_151222.xml") as a source; skips when absent. */
    public static SourceText load(String relative) {
        assumePresent();
        Path p = dir().resolve(relative);
        try {
            return new SourceText(p.getFileName().toString(), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a sub-folder with the extension, sorted; skips when absent. */
    public static List<Path> files(String folder, String extension) {
        assumePresent();
        try (var s = Files.list(dir().resolve(folder))) {
            return s.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that every mention's text is its passage's text between its offsets. */
    public static void assertMentionsMatchText(Document d) {
        Map<String, String> texts = new HashMap<>();
        for (Passage p : d.passages()) {
            texts.put(p.key(), p.text());
        }
        for (Mention m : d.mentions()) {
            String text = texts.get(m.passage());
            assertNotNull(text, "no passage " + m.passage() + " in " + d.title());
            assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets of " + m + " in " + d.title());
        }
    }
}
