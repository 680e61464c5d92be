package org.litlod.tag.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.tag.SampleLexicon;
import org.litlod.tag.match.LongestMatch;
import org.litlod.tag.text.TextNormaliser;

class DictionaryTest {

    private final TextNormaliser normaliser = new TextNormaliser();
    private final Dictionary dictionary =
            new DictionaryCompiler(normaliser, (concept, name) -> false).compile(SampleLexicon.standard(), true);

    private List<String> found(String text) {
        List<DictionaryMatch> all = dictionary.find(normaliser.normalise(text));
        return LongestMatch.select(all, DictionaryMatch::start, DictionaryMatch::end).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.entry().target().primary().value())
                .toList();
    }

    @Test
    void symbolsMatchOnlyInTheirCase() {
        assertEquals(List.of("MET=4233"), found("MET was amplified"));
        assertEquals(List.of(), found("we met the criteria and used a kit"));
    }

    @Test
    void prefixedFormsMatchInAnyCase() {
        assertEquals(List.of("cMET=4233"), found("cMET"));
        assertEquals(List.of("c-MET=4233"), found("c-MET"));
        assertEquals(List.of("c-kit=3815"), found("c-kit"));
    }

    @Test
    void matchesOnlyWholeWords() {
        assertEquals(List.of(), found("TALKS and ALKyl"));
        assertEquals(List.of("ALK=238"), found("(ALK)"));
    }

    @Test
    void aliasSharedByTwoGenesIsDropped() {
        assertEquals(List.of(), found("ALK1 signalling"));
    }

    @Test
    void longNamesMatchInAnyCaseAndWithPlurals() {
        assertEquals(List.of("Non-Small-Cell Lung Cancers=0005233"), found("Non-Small-Cell Lung Cancers"));
    }

    @Test
    void speciesCommonWords() {
        assertEquals(List.of("patients=9606", "mice=10090", "murine=10090", "women=9606"),
                found("patients, mice, murine cells and women"));
    }

    @Test
    void stopWordsAreNotTagged() {
        assertEquals(List.of(), found("set a large impact"));
    }

    @Test
    void identifiersIncludeEquivalents() {
        DictionaryMatch m = dictionary.find(normaliser.normalise("thrombocytopenia")).get(0);
        assertEquals(EntityType.DISEASE, m.entry().target().type());
        assertEquals(List.of(SampleLexicon.mondo("0002049"), SampleLexicon.mesh("D013921")),
                m.entry().target().ids());
    }

    @Test
    void oneWordDiseaseNamesMatchAsAdjectives() {
        Dictionary d = new DictionaryCompiler(normaliser, (concept, name) -> false).compile(new org.litlod.tag.SampleLexicon(
                java.util.List.of(new org.litlod.tag.lexicon.Concept(EntityType.DISEASE, java.util.List.of(SampleLexicon.mesh("D006973")),
                        "Hypertension", java.util.List.of("anaemia"), null)), java.util.Map.of()), false);
        assertEquals(java.util.List.of("hypertensive", "anaemic"), d.find(normaliser.normalise("hypertensive and anaemic"))
                .stream().map(m -> "hypertensive and anaemic".substring(m.start(), m.end())).toList());
    }

    @Test
    void nameThatNeedsNoFoldingWinsOverAPluralRecord() {
        Dictionary d = new DictionaryCompiler(normaliser, (concept, name) -> false).compile(new org.litlod.tag.SampleLexicon(
                java.util.List.of(
                        new org.litlod.tag.lexicon.Concept(EntityType.CHEMICAL, java.util.List.of(SampleLexicon.mesh("D000662")),
                                "Amphetamines", java.util.List.of(), null),
                        new org.litlod.tag.lexicon.Concept(EntityType.CHEMICAL, java.util.List.of(SampleLexicon.mesh("D000661")),
                                "Amphetamine", java.util.List.of(), null)), java.util.Map.of()), false);
        assertEquals(java.util.List.of(SampleLexicon.mesh("D000661")), d.find(normaliser.normalise("amphetamines"))
                .stream().map(m -> m.entry().target().primary()).toList());
    }

    private static Dictionary of(String... chemicalNames) {
        List<org.litlod.tag.lexicon.Concept> concepts = new java.util.ArrayList<>();
        for (int i = 0; i < chemicalNames.length; i++) {
            concepts.add(new org.litlod.tag.lexicon.Concept(EntityType.CHEMICAL, List.of(SampleLexicon.mesh("D00000" + i)),
                    chemicalNames[i], List.of(), null));
        }
        return new DictionaryCompiler(new TextNormaliser(), (concept, name) -> false)
                .compile(new SampleLexicon(concepts, java.util.Map.of()), false);
    }

    private List<String> found(Dictionary d, String text) {
        return d.find(normaliser.normalise(text)).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void spacesOfTheTextNeverJoinWordsIntoOneName() {
        Dictionary d = of("butin", "casein", "cobalt");
        assertEquals(List.of(), found(d, "but in all cases in the cohort, co balt"));
        assertEquals(List.of("butin", "casein", "Caseins"), found(d, "butin and casein; Caseins"));
    }

    @Test
    void slashesOfTheTextNeverJoinWordsIntoOneName() {
        Dictionary d = of("LAD", "breast ovarian cancer", "and/or");
        assertEquals(List.of("LAD", "breast/ovarian cancer", "and/or"), found(d, "LA/D, not LAD; breast/ovarian cancer and/or"));
    }

    @Test
    void hyphensOfTheTextMayStillBeDropped() {
        Dictionary d = of("casein", "nonsmall cell carcinoma");
        assertEquals(List.of("case-in", "non-small-cell carcinoma", "nonsmall cell carcinoma"),
                found(d, "case-in, non-small-cell carcinoma, nonsmall cell carcinoma"));
    }

    @Test
    void spacesOfTheTextMayFallOnAnyBoundaryOfTheName() {
        assertEquals(List.of("non-small cell lung cancer=0005233", "non small cell lung cancer=0005233",
                        "nonsmallcell lung cancer=0005233"),
                found("non-small cell lung cancer; non small cell lung cancer; nonsmallcell lung cancer"));
        assertEquals(List.of("lung cancer=0008903"), found("nons mallcell lung cancer"));
        Dictionary d = of("non-small-cell lung cancer");
        assertEquals(List.of("non small cell lung cancer"), found(d, "non small cell lung cancer"));
        assertEquals(List.of(), found(d, "nonsmall cell lungcan cer"));
    }

    @Test
    void twoSpellingsOfOneNameLendEachOtherTheirBoundaries() {
        Dictionary d = new DictionaryCompiler(new TextNormaliser(), (concept, name) -> false).compile(new SampleLexicon(
                List.of(new org.litlod.tag.lexicon.Concept(EntityType.DISEASE, List.of(SampleLexicon.mesh("D000001")),
                        "anti-freeze syndrome", List.of("antifreeze syn drome"), null)), java.util.Map.of()), false);
        assertEquals(1, d.size());
        assertEquals(List.of("anti freeze syn drome"), found(d, "anti freeze syn drome"));
    }

    @Test
    void spacesBesidePunctuationJoinNoWords() {
        Dictionary d = of("ALK(+) tumor");
        assertEquals(List.of("ALK (+) tumor"), found(d, "ALK (+) tumor"));
    }

    @Test
    void longNamesKeepTheirBoundariesBeyondSixtyFourCharacters() {
        String name = "very long chemical name with many words to pass sixty four characters totally indeed really";
        assertTrue(normaliser.key(name).length() > 70);
        Dictionary d = of(name);
        assertEquals(List.of(name), found(d, name));
        assertEquals(List.of(name.replace("really", "re-ally")), found(d, name.replace("really", "re-ally")));
        assertEquals(List.of(), found(d, name.replace("really", "rea lly")));
    }
}
