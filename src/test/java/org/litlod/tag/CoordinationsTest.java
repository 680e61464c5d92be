package org.litlod.tag;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Passage;
import org.litlod.tag.lexicon.Concept;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Coordinated disease names found as the diseases they coordinate, through the tagger. */
class CoordinationsTest {

    private static final Identifier BREAST = SampleLexicon.mesh("D001943");
    private static final Identifier OVARIAN = SampleLexicon.mesh("D010051");
    private static final Identifier HBOC = SampleLexicon.mesh("D061325");
    private static final Identifier FMD = SampleLexicon.mesh("D005536");

    private final Tagger tagger = new Tagger(new SampleLexicon(List.of(
            disease(BREAST, "Breast Neoplasms", "breast cancer"),
            disease(OVARIAN, "Ovarian Neoplasms", "ovarian cancer"),
            disease(HBOC, "Hereditary Breast and Ovarian Cancer Syndrome", "breast and ovarian cancer"),
            disease(FMD, "foot and mouth disease"),
            disease(SampleLexicon.mesh("D005534"), "Foot Diseases", "foot disease"),
            disease(SampleLexicon.mesh("D009057"), "Mouth Diseases", "mouth disease")), Map.of()));

    private static Concept disease(Identifier id, String preferred, String... names) {
        return new Concept(EntityType.DISEASE, List.of(id), preferred, List.of(names), null);
    }

    private List<String> found(String text) {
        return tagger.find(List.of(new Passage("abstract", Passage.PassageKind.ABSTRACT, text)), List.of()).stream()
                .filter(m -> m.type() == EntityType.DISEASE).map(CoordinationsTest::describe).toList();
    }

    private static String describe(Mention m) {
        return m.start() + "-" + m.end() + " " + m.text() + " " + m.ids();
    }

    @Test
    void aModifierBeforeAFoundNameSharesItsHead() {
        assertEquals(List.of("5-29 breast or ovarian cancer [MESH:D001943]", "15-29 ovarian cancer [MESH:D010051]"),
                found("Risk breast or ovarian cancer."));
        assertEquals(List.of("0-21 breast/ovarian cancer [MESH:D001943]", "7-21 ovarian cancer [MESH:D010051]"),
                found("breast/ovarian cancer"));
    }

    @Test
    void aCoordinationFoundAsOneSynonymIsTheTwoDiseases() {
        assertEquals(List.of("0-25 breast and ovarian cancer [MESH:D001943]", "11-25 ovarian cancer [MESH:D010051]"),
                found("breast and ovarian cancer"));
    }

    @Test
    void aPreferredNameIsOneDisease() {
        assertEquals(List.of("0-22 foot and mouth disease [MESH:D005536]"), found("foot and mouth disease"));
    }

    @Test
    void withoutAnExpandedNameNothingChanges() {
        assertEquals(List.of("13-27 ovarian cancer [MESH:D010051]"), found("Patients and ovarian cancer"));
        assertEquals(List.of("6-20 ovarian cancer [MESH:D010051]"), found("lung, ovarian cancer"));
    }
}
