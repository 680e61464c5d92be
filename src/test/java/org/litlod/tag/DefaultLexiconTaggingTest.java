package org.litlod.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litlod.model.Document;
import org.litlod.model.DocumentKind;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;
import org.litlod.model.SourceInfo;
import org.litlod.publish.Publishers;
import org.litlod.tag.lexicon.Lexicons;

/** What the default install finds in a text nobody annotated, with the shipped lexicon. */
class DefaultLexiconTaggingTest {

    private static final String TITLE = "Cyclosporin A and hearing in children with leukaemia";
    private static final String ABSTRACT = "Patients received cyclosporin A (CsA) after transplantation. "
            + "CsA levels and sensorineural hearing loss in lymphoblastic lymphoma were recorded, but in "
            + "cases in which Plasmodium falciparum was found, P. falciparum load was measured in Escherichia coli.";
    private static List<Mention> found;

    @BeforeAll
    static void tag() {
        Document d = Document.builder(new SourceInfo("t", "-", "test", "test", "1", Instant.EPOCH),
                DocumentKind.JOURNAL_ARTICLE, TITLE).abstractText(ABSTRACT).build();
        found = Publishers.tagger(Lexicons.builtin()).find(d);
    }

    private static Mention at(String text) {
        return found.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not found in " + found));
    }

    @Test
    void anAbbreviationTakesItsLongFormsIdentifier() {
        Mention csa = found.stream().filter(m -> m.text().equals("CsA") && m.start() > 40).findFirst().orElseThrow();
        assertTrue(csa.ids().contains(new Identifier(IdScheme.MESH, "D016572")), csa.toString());
        assertTrue(csa.foundBy().contains(Evidence.ABBREVIATION));
    }

    @Test
    void modifierAndHeadBeatTheHead() {
        assertTrue(at("sensorineural hearing loss").ids().contains(new Identifier(IdScheme.MESH, "D006319")));
        assertTrue(at("lymphoblastic lymphoma").ids().contains(new Identifier(IdScheme.MESH, "D054198")));
        assertTrue(found.stream().noneMatch(m -> m.text().equals("lymphoma") || m.text().equals("hearing loss")));
    }

    @Test
    void spacesNeverJoinWordsIntoAName() {
        int butIn = ABSTRACT.indexOf("but in");
        int casesIn = ABSTRACT.indexOf("cases in");
        assertTrue(found.stream().noneMatch(m -> m.passage().equals("abstract")
                && m.start() >= butIn && m.start() <= casesIn + 8), found.toString());
    }

    @Test
    void speciesByScientificNameAndAbbreviationWithNcbiTaxonomyIds() {
        assertEquals(List.of(new Identifier(IdScheme.NCBI_TAXON, "5833")), at("P. falciparum").ids());
        assertEquals(EntityType.SPECIES, at("Plasmodium falciparum").type());
        assertTrue(at("Escherichia coli").ids().contains(new Identifier(IdScheme.NCBI_TAXON, "562")));
    }

    @Test
    void britishSpellingsAndMondoFirstForDiseases() {
        Mention leukaemia = at("leukaemia");
        assertEquals(EntityType.DISEASE, leukaemia.type());
        assertEquals(IdScheme.MONDO, leukaemia.ids().get(0).scheme(), leukaemia.toString());
    }
}
