package org.litlod.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.litlod.publish.SeedCorpus;

/**
 * Documents made by varying the three seeds: each copy gets its own title (and, for the paper
 * summary, its own DOI and PMC id), so each is a different paper with its own graph.
 */
final class CrashCorpus {
    static final List<String> SEEDS = List.of("000_93911e03ce8ac8a2.txt", "001_f539eeda5b84100b.txt",
            "002_ded442ce58b4f461.txt");

    private CrashCorpus() {
    }

    /** Writes {@code n} documents into {@code dir}, named {@code doc-NN.txt}. */
    static void write(Path dir, int n, String tag) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            String seed = SEEDS.get(i % SEEDS.size());
            String text = Files.readString(SeedCorpus.SEEDS.resolve(seed), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(String.format("doc-%s-%02d.txt", tag, i)), variant(text, tag + " " + i),
                    StandardCharsets.UTF_8);
        }
    }

    /** The seed text with the title, DOI and PMC id made unique by {@code mark}. */
    static String variant(String seed, String mark) {
        int eol = seed.indexOf('\n');
        String slug = mark.replaceAll("[^A-Za-z0-9]", "");
        return seed.substring(0, eol) + " (variant " + mark + ")" + seed.substring(eol)
                .replace("10.1038/s41375-025-02729-w", "10.9999/litlod." + slug)
                .replace("PMC12589124", "PMC7" + Math.abs(slug.hashCode() % 1_000_000));
    }
}
