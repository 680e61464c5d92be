package org.litlod.bench;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.litlod.model.Document;
import org.litlod.model.Passage;
import org.litlod.tag.eval.Evaluation;
import org.litlod.tag.eval.GoldDocument;
import org.litlod.tag.eval.PubTatorReader;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.lexicon.Lexicons;

/**
 * The text the tagger benchmark runs on: the titles and abstracts of the BioCreative V CDR
 * sample, and the lexicon it uses: the compiled index given by {@code -Dlitlod.lexicon}, else the
 * default lexicon shipped with litlod (what a user gets).
 */
final class BenchCorpus {

    private BenchCorpus() {
    }

    static Path shared() {
        return Path.of(System.getProperty("litlod.shared", "../shared"));
    }

    static List<Document> documents() throws Exception {
        Path file = shared().resolve("fixtures/literature/pubtator-bioc-cdr/CDR_sample.dev.gold.PubTator");
        List<GoldDocument> gold;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            gold = new PubTatorReader().read(r);
        }
        List<Document> docs = new ArrayList<>();
        for (GoldDocument g : gold) {
            docs.add(Evaluation.document(g));
        }
        return docs;
    }

    /** UTF-8 bytes of all passage texts. */
    static long bytes(List<Document> docs) {
        long n = 0;
        for (Document d : docs) {
            for (Passage p : d.passages()) {
                n += p.text().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return n;
    }

    static Lexicon lexicon() throws Exception {
        String file = System.getProperty("litlod.lexicon");
        if (file != null && !file.isBlank()) {
            return Lexicons.load(Path.of(file));
        }
        try (java.io.InputStream in = Lexicons.class.getResourceAsStream(Lexicons.RESOURCES + Lexicons.DEFAULT_FILE)) {
            return org.litlod.tag.lexicon.LexiconFile.read(in);
        }
    }

    /** Tags the corpus over and over for {@code nanos}; returns how many times. */
    static long passes(org.litlod.tag.Tagger tagger, List<Document> docs, long nanos) {
        long end = System.nanoTime() + nanos;
        long n = 0;
        int sink = 0;
        while (System.nanoTime() < end) {
            for (Document d : docs) {
                sink += tagger.find(d).size();
            }
            n++;
        }
        return sink < 0 ? -1 : n;
    }
}
