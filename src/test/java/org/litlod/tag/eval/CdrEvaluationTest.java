package org.litlod.tag.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.tag.Tagger;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.lexicon.Lexicons;

/**
 * The BioCreative V CDR sample: both gold formats read alike, and the tagger is scored on it.
 * The reports are printed and written to {@code evaluation-cdr.md} and
 * {@code evaluation-cdr-mapping-labels.md} in the build directory; {@code docs/evaluation.md}
 * records the figures. The lexicon is the one {@link VocabLexicon} builds from
 * {@code ../shared/vocab}, or the index file given with {@code -Dlitlod.lexicon=<file>}.
 */
class CdrEvaluationTest {

    static final Path DIR = Path.of(System.getProperty("litlod.shared", "../shared"),
            "fixtures/literature/pubtator-bioc-cdr");

    static List<GoldDocument> pubtator() throws Exception {
        assumeTrue(Files.isDirectory(DIR), DIR + " absent: ../shared absent: skipping");
        try (Reader r = Files.newBufferedReader(DIR.resolve("CDR_sample.dev.gold.PubTator"), StandardCharsets.UTF_8)) {
            return new PubTatorReader().read(r);
        }
    }

    static List<GoldDocument> bioc() throws Exception {
        assumeTrue(Files.isDirectory(DIR), DIR + " absent: ../shared absent: skipping");
        try (InputStream in = Files.newInputStream(DIR.resolve("CDR_sample.dev.gold.BioC.xml"))) {
            return new BioCReader().read(in);
        }
    }

    /** The lexicon: {@code -Dlitlod.lexicon=<index file>}, else built from ../shared/vocab, else builtin. */
    static Lexicon lexicon() throws Exception {
        String file = System.getProperty("litlod.lexicon");
        if (file != null && !file.isBlank()) {
            return Lexicons.load(Path.of(file));
        }
        return VocabLexicon.available() ? VocabLexicon.get() : Lexicons.builtin();
    }

    @Test
    void bothFormatsGiveTheSameGold() throws Exception {
        List<GoldDocument> p = pubtator();
        assertEquals(25, p.size());
        List<GoldDocument> b = bioc();
        assertEquals(p.stream().map(GoldDocument::id).toList(), b.stream().map(GoldDocument::id).toList());
        // composite mentions ("renal and/or hepatic dysfunction") are one span in both: the
        // discontinuous annotation per part that BioC adds is left out
        assertEquals(p, b);
        assertEquals("26094", p.get(0).id());
        assertEquals(new GoldAnnotation(567, 578, "methyl dopa", EntityType.CHEMICAL, List.of("D008750")),
                p.get(0).annotations().get(9));
    }

    static EvaluationResult evaluate(Lexicon lexicon, String reportName) throws Exception {
        List<GoldDocument> gold = pubtator();
        EvaluationResult r = Evaluation.run(new Tagger(lexicon), gold);
        String report = EvaluationReport.render(r);
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("litlod.build", "target"), reportName), report);
        for (EntityType t : List.of(EntityType.CHEMICAL, EntityType.DISEASE)) {
            long annotations = gold.stream().flatMap(g -> g.annotations().stream()).filter(a -> a.type() == t).count();
            Score s = r.mentions().get(t);
            assertEquals(annotations, s.truePositives() + s.falseNegatives(), t.toString());
        }
        assertEquals(25, r.documents());
        return r;
    }

    @Test
    void scoresTheTaggerWithTheVocabularyLexicon() throws Exception {
        EvaluationResult r = evaluate(lexicon(), "evaluation-cdr.md");
        for (EntityType t : List.of(EntityType.CHEMICAL, EntityType.DISEASE)) {
            assertTrue(r.mentions().get(t).precision() >= 0.85, t + " mention precision");
        }
        assertTrue(r.normalisation().get(EntityType.DISEASE).precision() >= 0.85, "disease id precision");
    }
}
