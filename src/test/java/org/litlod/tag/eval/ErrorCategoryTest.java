package org.litlod.tag.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.tag.Tagger;
import org.litlod.tag.SampleLexicon;

/** Missed gold put into error categories, against the hand-made {@link SampleLexicon}. */
class ErrorCategoryTest {

    /** Gold naming every identifier the tests below look up. */
    private static final List<GoldDocument> GOLD = List.of(new GoldDocument("0", "t", "", List.of(
            disease(0, "a", "D001249"), disease(0, "a", "D008175"), disease(0, "a", "D002289"),
            disease(0, "a", "D013921"))));

    private final MissClassifier classifier = new MissClassifier(SampleLexicon.standard(), GOLD);

    private static GoldAnnotation disease(int start, String text, String... ids) {
        return new GoldAnnotation(start, start + text.length(), text, EntityType.DISEASE, List.of(ids));
    }

    private static FoundMention found(int start, int end, EntityType type, String... ids) {
        return new FoundMention(start, end, "x".repeat(end - start), type, Set.of(ids));
    }

    @Test
    void shortForms() {
        for (String s : List.of("MDS", "5-FU", "CsA", "Hb", "HbA1c", "A-T", "IL-2")) {
            assertTrue(ErrorCategory.isShortForm(s), s);
        }
        for (String s : List.of("Cancer", "Tumor", "aspirin", "non-small cell", "123", "Crizotinib", "cancer")) {
            assertFalse(ErrorCategory.isShortForm(s), s);
        }
    }

    @Test
    void missedMentions() {
        List<FoundMention> none = List.of();
        // no concept has the identifier; another scheme's; no identifier at all
        assertEquals(ErrorCategory.ABSENT, classifier.mention(disease(0, "asthma", "D001249"), none));
        assertEquals(ErrorCategory.ABSENT, classifier.mention(disease(0, "asthma", "OMIM:600807"), none));
        assertEquals(ErrorCategory.ABSENT, classifier.mention(disease(0, "lung cancer"), none));
        // the concept is there, the text is not one of its names
        assertEquals(ErrorCategory.VARIANT, classifier.mention(disease(0, "carcinoma of the lung", "D008175"), none));
        assertEquals(ErrorCategory.ABBREVIATION, classifier.mention(disease(0, "LC", "D008175"), none));
        // a name under the normaliser's key (case, hyphens, plural), nothing overlapping found
        GoldAnnotation name = disease(10, "Non-Small-Cell Lung Cancers", "D002289");
        assertEquals(ErrorCategory.OTHER, classifier.mention(name, none));
        // found overlapping on another span: of the same type BOUNDARY, of another type not
        assertEquals(ErrorCategory.BOUNDARY, classifier.mention(name, List.of(found(25, 37, EntityType.DISEASE))));
        assertEquals(ErrorCategory.OTHER, classifier.mention(name, List.of(found(25, 37, EntityType.GENE))));
        // the MeSH id of thrombocytopenia is reached through the MONDO-MeSH cross-link
        assertEquals(ErrorCategory.OTHER, classifier.mention(disease(0, "thrombocytopenia", "D013921"), none));
    }

    @Test
    void missedIdentifierTakesTheMentionNearestToBeingFound() {
        GoldAnnotation shortForm = disease(0, "LC", "D008175");
        GoldAnnotation variant = disease(10, "carcinoma of the lung", "D008175");
        GoldAnnotation named = disease(40, "lung neoplasms", "D008175");
        GoldAnnotation other = disease(60, "NSCLC", "D002289");
        List<GoldAnnotation> gold = List.of(shortForm, variant, named, other);
        assertEquals(ErrorCategory.ABBREVIATION, classifier.identifier("D008175", EntityType.DISEASE,
                List.of(shortForm, other), List.of()));
        assertEquals(ErrorCategory.VARIANT, classifier.identifier("D008175", EntityType.DISEASE,
                List.of(shortForm, variant), List.of()));
        assertEquals(ErrorCategory.OTHER, classifier.identifier("D008175", EntityType.DISEASE, gold, List.of()));
        assertEquals(ErrorCategory.BOUNDARY, classifier.identifier("D008175", EntityType.DISEASE, gold,
                List.of(found(40, 44, EntityType.DISEASE, "D002289"))));
        // found on its exact span with another identifier: judged by its text against the gold concept
        assertEquals(ErrorCategory.OTHER, classifier.identifier("D008175", EntityType.DISEASE, List.of(named),
                List.of(found(40, 54, EntityType.DISEASE, "D009369"))));
        assertEquals(ErrorCategory.ABSENT, classifier.identifier("D001249", EntityType.DISEASE,
                List.of(disease(0, "asthma", "D001249")), List.of()));
    }

    @Test
    void evaluationCountsMissesFalsePositivesAndNegatives() {
        String title = "Crizotinib in lung cancer";
        String abs = "CRZ was given for lung cancers and asthma. Crizotinib again.";
        int a = title.length() + 1;
        GoldDocument g = new GoldDocument("1", title, abs, List.of(
                new GoldAnnotation(0, 10, "Crizotinib", EntityType.CHEMICAL, List.of("D000077547")),
                disease(14, "lung cancer", "D008175"),
                new GoldAnnotation(a, a + 3, "CRZ", EntityType.CHEMICAL, List.of("D000077547")),
                disease(a + 18, "lung cancers", "D008175"),
                disease(a + 35, "asthma", "D001249")));
        EvaluationResult r = Evaluation.run(new Tagger(SampleLexicon.standard()), List.of(g));
        // found: Crizotinib twice (one not in the gold), lung cancer twice; missed: CRZ, asthma
        assertEquals(new Score(1, 1, 1), r.mentions().get(EntityType.CHEMICAL));
        assertEquals(new Score(2, 0, 1), r.mentions().get(EntityType.DISEASE));
        assertEquals(new Score(1, 0, 0), r.normalisation().get(EntityType.CHEMICAL));
        assertEquals(new Score(1, 0, 1), r.normalisation().get(EntityType.DISEASE));
        ErrorAnalysis chemical = r.errors().get(EntityType.CHEMICAL);
        assertEquals(2, chemical.goldMentions());
        assertEquals(1, chemical.missedMentions().get(ErrorCategory.ABBREVIATION));
        assertEquals(Map.of("Crizotinib", 1), chemical.falsePositives());
        assertEquals(Map.of("CRZ", 1), chemical.falseNegatives());
        ErrorAnalysis disease = r.errors().get(EntityType.DISEASE);
        assertEquals(1, disease.missedMentions().get(ErrorCategory.ABSENT));
        assertEquals(0, disease.missedMentions().get(ErrorCategory.VARIANT));
        assertEquals(2, disease.goldIdentifiers());
        assertEquals(1, disease.missedIdentifiers().get(ErrorCategory.ABSENT));
        String md = EvaluationReport.markdown(r, 15);
        assertTrue(md.contains("| Chemical | mentions | 2 | 1 | 0 (0.0%) | 0 (0.0%) | 1 (50.0%) | 0 (0.0%) | 0 (0.0%) |"), md);
        assertTrue(md.contains("| Chemical | 1 | Crizotinib | 1 | CRZ | 1 |"), md);
        String text = EvaluationReport.text(r, 0);
        assertTrue(text.contains("Chemical  mentions        1   1   1      0.500   0.500  0.500"), text);
        assertFalse(text.contains("Most frequent"), text);
    }
}
