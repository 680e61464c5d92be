package org.litlod.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;
import org.litlod.model.Mention.Evidence;
import org.litlod.model.Mention;
import org.litlod.tag.lexicon.Concept;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpeciesShortFormsTest {

    private static Concept species(String taxon, String scientific, String... names) {
        return new Concept(EntityType.SPECIES, List.of(SampleLexicon.taxon(taxon)), scientific, List.of(names), null);
    }

    private static Tagger tagger(Concept... extra) {
        List<Concept> c = new ArrayList<>();
        c.add(species("5833", "Plasmodium falciparum", "malaria parasite P. falciparum"));
        c.add(species("5855", "Plasmodium vivax"));
        c.add(species("562", "Escherichia coli", "Bacillus coli"));
        c.add(species("1280", "Staphylococcus aureus"));
        c.add(species("1894", "Streptomyces aureus"));
        c.addAll(List.of(extra));
        return new Tagger(new SampleLexicon(c, Map.of()));
    }

    private static final Tagger TAGGER = tagger();

    private static List<Mention> species(Tagger t, String text) {
        return t.find(TaggerTest.doc("A study", text)).stream().filter(m -> m.type() == EntityType.SPECIES).toList();
    }

    private static List<String> texts(List<Mention> ms, String taxon) {
        Identifier id = SampleLexicon.taxon(taxon);
        return ms.stream().filter(m -> m.ids().contains(id)).map(Mention::text).toList();
    }

    @Test
    void abbreviatedNamesTakeTheNamedSpecies() {
        List<Mention> ms = species(TAGGER, "Plasmodium falciparum causes malaria. P. falciparum grows in "
                + "red cells; P falciparum and P.falciparum strains differ.");
        assertEquals(List.of("Plasmodium falciparum", "P. falciparum", "P falciparum", "P.falciparum"),
                texts(ms, "5833"));
        assertEquals(4, ms.size());
        assertEquals(List.of(Evidence.ABBREVIATION), ms.get(1).foundBy());
    }

    @Test
    void theTitleMayUseTheAbbreviationBeforeTheAbstractNamesTheSpecies() {
        List<Mention> ms = TAGGER.find(TaggerTest.doc("Drug resistance in P. falciparum",
                "Plasmodium falciparum is resistant."));
        assertEquals(List.of("P. falciparum", "Plasmodium falciparum"), texts(ms, "5833"));
    }

    @Test
    void genusAloneTakesTheOnlyNamedSpeciesOfItsGenus() {
        List<Mention> ms = species(TAGGER, "Plasmodium falciparum causes malaria. Plasmodium parasites "
                + "invade red cells, unlike Plasmodium sp. or Plasmodium spp. in birds.");
        assertEquals(List.of("Plasmodium falciparum", "Plasmodium"), texts(ms, "5833"));
        assertEquals(2, ms.size());
        assertEquals(38, ms.get(1).start());
    }

    @Test
    void genusAloneIsLeftWhenTwoSpeciesOfItsGenusAreNamed() {
        List<Mention> ms = species(TAGGER, "Plasmodium falciparum and Plasmodium vivax cause malaria. "
                + "Plasmodium parasites invade red cells. P. vivax relapses.");
        assertEquals(List.of("Plasmodium falciparum"), texts(ms, "5833"));
        assertEquals(List.of("Plasmodium vivax", "P. vivax"), texts(ms, "5855"));
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Plasmodium")));
    }

    @Test
    void genusAloneIsLeftWhenTheTextAbbreviatesAnotherSpeciesOfItsInitial() {
        List<Mention> ms = species(TAGGER, "Plasmodium falciparum and P. circumflexum were found. "
                + "Plasmodium parasites invade red cells.");
        assertEquals(List.of("Plasmodium falciparum"), texts(ms, "5833"));
        List<Mention> other = species(TAGGER, "Plasmodium falciparum and Escherichia coli were found. "
                + "P. falciparum and E. coli differ; Plasmodium parasites invade red cells.");
        assertEquals(List.of("Plasmodium falciparum", "P. falciparum", "Plasmodium"), texts(other, "5833"));
    }

    @Test
    void aVirusNameIsNoBinomial() {
        List<Concept> c = new ArrayList<>(SampleLexicon.standard().concepts());
        c.add(species("1570291", "Ebola virus"));
        List<Mention> ms = species(new Tagger(new SampleLexicon(c, Map.of())),
                "Ebola virus outbreaks recur. Ebola haemorrhagic fever and E. virus.");
        assertEquals(List.of("Ebola virus"), texts(ms, "1570291"));
    }

    @Test
    void anAbbreviationTwoNamedSpeciesShareIsLeft() {
        List<Mention> ms = species(TAGGER, "Staphylococcus aureus and Streptomyces aureus were grown. "
                + "S. aureus grew faster.");
        assertEquals(2, ms.size());
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("S. aureus")));
    }

    @Test
    void anAbbreviationNotLicensedByTheTextNeedsTheLexicon() {
        String text = "E. coli was grown overnight.";
        assertTrue(species(TAGGER, text).isEmpty());
        Tagger withName = tagger(species("83333", "Escherichia coli K-12"),
                new Concept(EntityType.SPECIES, List.of(SampleLexicon.taxon("561")), "Escherichia",
                        List.of("E. coli group"), null));
        assertTrue(species(withName, text).isEmpty());
        List<Concept> c = new ArrayList<>(SampleLexicon.standard().concepts());
        c.add(species("562", "Escherichia coli", "E. coli"));
        List<Mention> listed = species(new Tagger(new SampleLexicon(c, Map.of())), text);
        assertEquals(List.of("E. coli"), texts(listed, "562"));
        assertEquals(List.of(Evidence.DICTIONARY), listed.get(0).foundBy());
    }

    @Test
    void aSynonymUsedByTheTextLicensesItsOwnAbbreviationAndThePreferredOne() {
        List<Mention> ms = species(TAGGER, "Bacillus coli was isolated. B. coli and E. coli are one species.");
        assertEquals(List.of("Bacillus coli", "B. coli", "E. coli"), texts(ms, "562"));
    }

    @Test
    void aGenusLevelTaxonOnTheSpanGivesWayToTheNamedSpecies() {
        Tagger t = tagger(species("5820", "Plasmodium"));
        List<Mention> ms = species(t, "Plasmodium falciparum causes malaria. Plasmodium parasites invade.");
        assertEquals(List.of("Plasmodium falciparum", "Plasmodium"), texts(ms, "5833"));
        assertTrue(texts(ms, "5820").isEmpty());
    }
}
