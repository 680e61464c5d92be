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
