package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class TrainingNamesTest {

    private static final Identifier ETHANOL = new Identifier(IdScheme.MESH, "D000431");
    private static final Identifier ALCOHOLS = new Identifier(IdScheme.MESH, "D000438");
    private static final Identifier PLACEBOS = new Identifier(IdScheme.MESH, "D010919");
    private static final Identifier PAN = new Identifier(IdScheme.MESH, "D011692");
    private static final List<EntityType> CHEMICALS = List.of(EntityType.CHEMICAL);

    /** A text with "alcohol" annotated as ethanol, "placebo" left alone and "PAN" defined. */
    private static AnnotatedText text(boolean withPan) {
        String t = "Alcohol and placebo were given; alcohol levels rose." + (withPan ? " PAN was toxic." : "");
        List<AnnotatedText.Span> spans = new ArrayList<>();
        spans.add(new AnnotatedText.Span(0, 7, EntityType.CHEMICAL, List.of(ETHANOL)));
        spans.add(new AnnotatedText.Span(32, 39, EntityType.CHEMICAL, List.of(ETHANOL)));
        if (withPan) {
            spans.add(new AnnotatedText.Span(53, 56, EntityType.CHEMICAL, List.of(PAN)));
        }
        return new AnnotatedText(t, spans, CHEMICALS);
    }

    private static List<Concept> lexicon() {
        return List.of(
                new Concept(EntityType.CHEMICAL, List.of(ETHANOL), "Ethanol", List.of("Ethyl Alcohol"), null),
                new Concept(EntityType.CHEMICAL, List.of(ALCOHOLS), "Alcohols", List.of(), null),
                new Concept(EntityType.CHEMICAL, List.of(PLACEBOS), "Placebos", List.of("Sham Treatment"), null));
    }

    @Test
    void learnedNamesJoinTheirConceptAndClaimTheName() {
        TrainingNames names = new TrainingNames(TrainingEvidence.of(List.of(text(false), text(false))), id -> true);
        List<Concept> out = names.apply(lexicon());
        assertTrue(out.get(0).names().contains("Alcohol"), out.get(0).names().toString());
        assertTrue(names.unused().contains("Alcohols"), "the class heading loses the name the annotators gave ethanol");
    }

    @Test
    void namesLeftUnannotatedAreUnused() {
        TrainingNames names = new TrainingNames(
                TrainingEvidence.of(List.of(text(false), text(false), text(false))), id -> true);
        names.apply(lexicon());
        assertTrue(names.unused().contains("Placebos"), names.unused().toString());
        assertFalse(names.unused().contains("Ethanol"));
    }

    private static final Identifier DEATH = new Identifier(IdScheme.MESH, "D003643");

    /** "death" as the annotators of {@code corpus} read it: annotated as a disease or not. */
    private static List<AnnotatedText> deaths(String corpus, boolean annotated, int texts) {
        List<AnnotatedText> out = new ArrayList<>();
        for (int i = 0; i < texts; i++) {
            List<AnnotatedText.Span> spans = annotated
                    ? List.of(new AnnotatedText.Span(12, 17, EntityType.DISEASE, List.of(DEATH)))
                    : List.of();
            out.add(new AnnotatedText("It ended in death.", spans, List.of(EntityType.DISEASE), corpus));
        }
        return out;
    }

    @Test
    void aNameOneCorpusPassesOverIsUnusedHoweverOftenAnotherAnnotatesIt() {
        List<Concept> death = List.of(new Concept(EntityType.DISEASE, List.of(DEATH), "Death", List.of(), null));
        List<AnnotatedText> texts = new ArrayList<>(deaths("cdr", true, 5));
        texts.addAll(deaths("ncbi", false, 3));
        TrainingNames names = new TrainingNames(TrainingEvidence.of(texts), id -> true);
        names.apply(death);
        assertTrue(names.unused().contains("Death"), "5 of 8 annotated in all, but none of 3 in one corpus");

        List<AnnotatedText> oneCorpus = new ArrayList<>(deaths("cdr", true, 5));
        oneCorpus.addAll(deaths("cdr", false, 3));
        TrainingNames pooled = new TrainingNames(TrainingEvidence.of(oneCorpus), id -> true);
        pooled.apply(death);
        assertFalse(pooled.unused().contains("Death"), "one corpus annotating 5 of 8 uses the name");

        List<AnnotatedText> twoUnseen = new ArrayList<>(deaths("cdr", true, 5));
        twoUnseen.addAll(deaths("ncbi", false, 2));
        TrainingNames few = new TrainingNames(TrainingEvidence.of(twoUnseen), id -> true);
        few.apply(death);
        assertFalse(few.unused().contains("Death"), "two occurrences are too few to judge a corpus by");
    }

    @Test
    void usageIsCountedPerCorpus() {
        List<AnnotatedText> texts = new ArrayList<>(deaths("cdr", true, 2));
        texts.addAll(deaths("ncbi", false, 3));
        java.util.Map<String, java.util.Map<String, TrainingEvidence.Usage>> by =
                TrainingEvidence.of(texts).usageByCorpus(EntityType.DISEASE, List.of("death"));
        assertEquals(new TrainingEvidence.Usage(2, 0), by.get("cdr").get("death"));
        assertEquals(new TrainingEvidence.Usage(0, 3), by.get("ncbi").get("death"));
    }

    @Test
    void oneDocumentsAbbreviationIsNotANameButTwoDocumentsMakeOne() {
        TrainingNames once = new TrainingNames(TrainingEvidence.of(List.of(text(true), text(false))), id -> true);
        List<Concept> out = once.apply(lexicon());
        assertEquals(3, out.size(), "PAN from one document starts no concept");
        TrainingNames twice = new TrainingNames(TrainingEvidence.of(List.of(text(true), text(true))), id -> true);
        out = twice.apply(lexicon());
        assertEquals(4, out.size());
        assertEquals(PAN, out.get(3).id());
        assertEquals("PAN", out.get(3).preferred());
    }

    @Test
    void anIdentifierNoReleaseListsStartsNoConcept() {
        TrainingNames names = new TrainingNames(TrainingEvidence.of(List.of(text(true), text(true))),
                id -> !id.equals(PAN));
        assertEquals(3, names.apply(lexicon()).size());
    }

    @Test
    void pluralsShareTheKeyOfTheirSingular() {
        assertEquals("placebo", NameKeys.of("Placebos"));
        assertEquals("non small cell lung cancer", NameKeys.of("Non-Small-Cell Lung Cancers"));
        assertEquals("therapy", NameKeys.of("therapies"));
        assertEquals("glass", NameKeys.of("glass"));
        assertEquals("virus", NameKeys.of("virus"));
    }
}
