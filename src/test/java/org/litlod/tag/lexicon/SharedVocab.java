package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The vocabulary release files in {@code ../shared/vocab} (system property
 * {@code litlod.shared}, set by surefire). Tests that need one are skipped when it is absent.
 */
final class SharedVocab {

    private SharedVocab() {
    }

    /** Whether the folder is there. */
    static boolean present() {
        return Files.isDirectory(Path.of(System.getProperty("litlod.shared", "../shared"), "vocab"));
    }

    /** The folder, or skips the test. */
    static Path dir() {
        String shared = System.getProperty("litlod.shared", "../shared");
        Path vocab = Path.of(shared, "vocab");
        assumeTrue(Files.isDirectory(vocab), vocab + " absent: ../shared absent: skipping");
        return vocab;
    }

    /** A file of the folder ("ncbi-gene/Homo_sapiens.gene_info.gz"), or skips the test. */
    static Path file(String relative) {
        Path file = dir().resolve(relative);
        assumeTrue(Files.isRegularFile(file), file + " absent: ../shared absent: skipping");
        return file;
    }

    /** Opens a file of the folder, or skips the test. */
    static InputStream open(String relative) throws IOException {
        return Files.newInputStream(file(relative));
    }

    /** A test resource of this package ("/tag/lexicon/cid-synonyms.tsv"). */
    static InputStream resource(String name) {
        InputStream in = SharedVocab.class.getResourceAsStream("/tag/lexicon/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }
}
