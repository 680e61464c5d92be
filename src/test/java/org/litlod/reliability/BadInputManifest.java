package org.litlod.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile-input manifest {@code src/test/resources/reliability/bad-input/manifest.tsv}: one
 * line per file with the outcome a load must give it.
 *
 * <p>Columns, tab-separated: file; {@code LOADED} or {@code FAILED}; the error id (for
 * {@code FAILED}) or warning id (for {@code LOADED}) the message must carry, or {@code -}; the
 * line the message must name, or {@code -} for none; a fragment the message must contain, or
 * {@code -}. Lines starting with {@code #} are comments.
 */
record BadInputManifest(Path folder, List<Entry> entries) {
    static final Path FOLDER = Path.of("src/test/resources/reliability/bad-input");

    /** One manifest line. */
    record Entry(String file, boolean loads, String id, int line, String says) {
        boolean expectsId() {
            return !id.equals("-");
        }
    }

    static BadInputManifest read() {
        try {
            List<Entry> out = new ArrayList<>();
            for (String l : Files.readAllLines(FOLDER.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] c = l.split("\t");
                if (c.length != 5) {
                    throw new IllegalStateException("manifest.tsv: 5 columns expected: " + l);
                }
                out.add(new Entry(c[0], c[1].equals("LOADED"), c[2], c[3].equals("-") ? 0 : Integer.parseInt(c[3]), c[4]));
            }
            return new BadInputManifest(FOLDER, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long loaded() {
        return entries.stream().filter(Entry::loads).count();
    }
}
