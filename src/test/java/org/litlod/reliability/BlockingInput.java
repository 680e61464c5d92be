package org.litlod.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * An input file that never ends: a named pipe nobody writes to. A load given it as its last
 * input reads it forever once the others are done, so it is still running whenever a test kills
 * it; the test waits on what it wants to see (files converted, time passed) and never races
 * the load to its end. Replaced by a regular file, the same name loads normally.
 */
final class BlockingInput {
    private BlockingInput() {
    }

    /** Makes {@code path} a named pipe; skips the test where {@code mkfifo} is not available. */
    static Path create(Path path) throws IOException, InterruptedException {
        Files.createDirectories(path.getParent());
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available here (" + e.getMessage() + "); a named pipe is needed");
            throw e;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(path), "mkfifo could not make " + path);
        return path;
    }

    /** Replaces the pipe at {@code path} by a regular file with {@code content}'s bytes. */
    static void replace(Path path, Path content) throws IOException {
        Files.delete(path);
        Files.copy(content, path);
    }
}
