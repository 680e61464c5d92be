package org.litlod.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.litlod.tag.lexicon.CompiledLexicon;
import org.litlod.tag.lexicon.Lexicons;

/**
 * Writes a deterministic synthetic corpus: N documents in one input format, their titles and
 * abstracts composed from sentence templates naming genes, diseases, chemicals and species of
 * the lexicon. The same seed gives the same bytes on every run, whatever N; document {@code i}
 * does not depend on N, so a corpus of 1,000 is the first 1,000 documents of one of 10,000.
 * Memory stays bounded: papers are made and written one file at a time.
 *
 * <p>Files are named {@code doc-0000000.txt} (one document each; {@code .nxml} for JATS) or
 * {@code pubmed-00000.xml}, {@code bioc-xml-00000.xml}, {@code bioc-json-00000.json} (up to 1,000
 * documents each). Error ids: {@value #UNKNOWN_FORMAT} an unknown format,
 * {@value #BAD_COUNT} a count out of range.
 */
public final class CorpusGenerator {
    /** The format name is not one the generator writes. */
    public static final String UNKNOWN_FORMAT = "LITLOD-CORPUS-001";
    /** The count is below 1 or above {@link #MAX_COUNT}. */
    public static final String BAD_COUNT = "LITLOD-CORPUS-002";
    /** The largest corpus the generator writes. */
    public static final int MAX_COUNT = 10_000_000;

    private final CorpusFormat format;
    private final PaperFactory papers;
    private final FullTextFactory fullTexts;

    /** A generator of {@code format} over the concepts of {@code lexicon}. */
    public CorpusGenerator(CorpusFormat format, CompiledLexicon lexicon, long seed) {
        this.format = format;
        Vocabulary vocabulary = new Vocabulary(lexicon);
        this.papers = new PaperFactory(vocabulary, seed);
        this.fullTexts = new FullTextFactory(vocabulary, papers, seed);
    }

    /**
     * Writes {@code n} documents of {@code format} (a converter's format name, such as
     * {@code pubmed}) into {@code dir}, creating it, with the builtin lexicon.
     *
     * @return the files written, in order
     */
    public static List<Path> write(Path dir, String format, int n, long seed) throws IOException {
        return new CorpusGenerator(CorpusFormat.named(format), Lexicons.curated(), seed).write(dir, n);
    }

    /** Writes documents 0 to {@code n - 1} into {@code dir}; returns the files in order. */
    public List<Path> write(Path dir, int n) throws IOException {
        if (n < 1 || n > MAX_COUNT) {
            throw new IllegalArgumentException(BAD_COUNT + " count " + n + " out of range 1.." + MAX_COUNT);
        }
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        int per = format.perFile();
        for (int start = 0; start < n; start += per) {
            List<Paper> batch = new ArrayList<>(Math.min(per, n - start));
            for (int i = start; i < Math.min(n, start + per); i++) {
                batch.add(papers.paper(i));
            }
            Path file = dir.resolve(fileName(start / per));
            Files.writeString(file, format.render(batch, fullTexts), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    /** The text of document {@code index} alone, in this generator's format. */
    public String document(int index) {
        return format.render(List.of(papers.paper(index)), fullTexts);
    }

    private String fileName(int fileIndex) {
        return format.perFile() == 1
                ? String.format("doc-%07d.%s", fileIndex, format.extension())
                : String.format("%s-%05d.%s", format.formatName(), fileIndex, format.extension());
    }
}
