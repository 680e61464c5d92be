package org.litlod.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds fuzz inputs from a seed corpus (the seeds, the converters' golden inputs and the hostile
 * corpus) by edits a source of choices picks: byte flips, cuts, duplicated spans and insertions of
 * the formats' keywords. Jazzer drives the choices when fuzzing; a seeded {@link java.util.Random}
 * drives them in the default test run.
 */
final class FuzzInputs {
    /** Keywords of the text formats, to insert where the fuzzer chooses. */
    static final List<String> DICTIONARY = List.of("# ", "## ", "**Authors:** ", " · DOI: ", "10.1000/x",
            "## Linked entities\n", "## Full-text entities\n", "## Key findings\n", "- **Genes:** ", "- **Diseases:** ",
            "(MONDO:", "[NCBI Gene ", "(PubChem CID ", "(MESH:D", "[taxon ", "{aka ", "(", ")", "[", "]", "{", "}",
            "Research output: ", "Scopus citations", "Original language", "Published - ", "Accepted/In press - ",
            "Figure 1. ", "References\n", "[1]", "CAS ", "50-00-0", "\n", "\n\n", "\u00e9", "\uFEFF", "\u0000",
            "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "&a;", "<PubmedArticleSet>",
            "<article>", "<collection>", "<document>", "\t", "PMID:", "|t|", "|a|", "2024-13-45", "Jan 16,2024");

    /** A source of choices: how Jazzer's data provider or a seeded random answers. */
    interface Choices {
        int pick(int min, int max);

        byte[] bytes(int max);
    }

    private FuzzInputs() {
    }

    /** Every file of the seed corpus as bytes. */
    static List<byte[]> corpus() {
        List<byte[]> out = new ArrayList<>();
        for (Path root : List.of(Path.of("seeds"), Path.of("src/test/resources/convert"),
                Path.of("src/test/resources/reliability/bad-input"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".json")
                        && !f.toString().endsWith(".tsv")).sorted().toList()) {
                    out.add(Files.readAllBytes(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** An input: raw bytes, or a corpus file with up to eight edits. */
    static byte[] make(List<byte[]> corpus, Choices c) {
        if (c.pick(0, 7) == 0) {
            return c.bytes(4096);
        }
        byte[] b = corpus.get(c.pick(0, corpus.size() - 1));
        int edits = c.pick(1, 8);
        for (int i = 0; i < edits; i++) {
            b = edit(b, c);
        }
        return b;
    }

    private static byte[] edit(byte[] b, Choices c) {
        int at = c.pick(0, b.length);
        switch (c.pick(0, 4)) {
            case 0: // flip a byte
                if (b.length > 0) {
                    byte[] f = b.clone();
                    f[Math.min(at, b.length - 1)] ^= (byte) c.pick(1, 255);
                    return f;
                }
                return b;
            case 1: // cut the rest
                return java.util.Arrays.copyOf(b, at);
            case 2: // remove a span
                int end = Math.min(b.length, at + c.pick(1, 200));
                return concat(slice(b, 0, at), slice(b, end, b.length));
            case 3: // duplicate a span
                int to = Math.min(b.length, at + c.pick(1, 500));
                return concat(slice(b, 0, to), slice(b, at, b.length));
            default: // insert a keyword
                byte[] k = DICTIONARY.get(c.pick(0, DICTIONARY.size() - 1)).getBytes(StandardCharsets.UTF_8);
                return concat(concat(slice(b, 0, at), k), slice(b, at, b.length));
        }
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, from, Math.max(from, to));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
