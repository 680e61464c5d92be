package org.litlod.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.litlod.convert.SourceText;

/**
 * Expands the paths given on the command line into the input files to read: a file stands for
 * itself, a directory for the regular, non-hidden files below it, in name order.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /**
     * The input files under {@code paths}, in a stable order.
     *
     * @throws IOException naming the path when one does not exist or cannot be listed
     */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !isHidden(p.relativize(f)))
                            .sorted()
                            .forEach(out::add);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new IOException("LITLOD-INPUT-001 " + p + ": no such file or directory");
            }
        }
        return out;
    }

    /** Reads a file's bytes into a source text named by the path as given. */
    public static SourceText read(Path file) throws IOException {
        return new SourceText(file.toString(), Files.readAllBytes(file));
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
