package org.litlod.tag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    private final TextNormaliser n = new TextNormaliser();

    @Test
    void foldsCaseHyphensSpacesAndSlashes() {
        assertEquals("nonsmallcelllungcancer", n.key("Non-small-cell lung cancer"));
        assertEquals(n.key("non small cell lung cancer"), n.key("non-small cell lung  cancer"));
        assertEquals("alkros1", n.key("ALK/ROS1"));
        assertEquals("epithelialmesenchymaltransition", n.key("epithelial\u2013mesenchymal transition"));
    }

    @Test
    void prefixedSymbolFormsMeet() {
        assertEquals("cmet", n.key("c-Met"));
        assertEquals("cmet", n.key("cMET"));
        assertEquals("cmet", n.key("c-MET"));
    }

    @Test
    void spellsOutGreekLetters() {
        assertEquals("tgfbeta1", n.key("TGF-β1"));
        assertEquals("alphasynuclein", n.key("α-synuclein"));
        assertEquals(n.key("TNF-alpha"), n.key("TNFα"));
    }

    @Test
    void foldsPluralsAndPossessives() {
        assertEquals("lungcancer", n.key("lung cancers"));
        assertEquals("therapy", n.key("therapies"));
        assertEquals("NSCLC", n.normalise("NSCLCs").casedString());
        assertEquals("crohndisease", n.key("Crohn's disease"));
        assertEquals("metastasis", n.key("metastasis"));
        assertEquals("virus", n.key("virus"));
        assertEquals("KRAS", n.normalise("KRAS").casedString());
    }

    @Test
    void mapsMatchesBackToOriginalOffsets() {
        String text = "In ALK-positive NSCLCs, TGF-β levels rose.";
        NormalisedText t = n.normalise(text);
        String folded = t.foldedString();
        int i = folded.indexOf("nsclc");
        assertEquals("NSCLCs", text.substring(t.sourceStart(i), t.sourceEnd(i + 5)));
        int g = folded.indexOf("tgfbeta");
        assertEquals("TGF-β", text.substring(t.sourceStart(g), t.sourceEnd(g + 7)));
        int a = folded.indexOf("alk");
        assertEquals(3, t.sourceStart(a));
        assertEquals(6, t.sourceEnd(a + 3));
    }

    @Test
    void marksWordStartsAndEndsOnly() {
        NormalisedText t = n.normalise("talked ALK");
        String folded = t.foldedString();
        int inside = folded.indexOf("alk");
        assertFalse(t.canStart(inside));
        int word = folded.lastIndexOf("alk");
        assertTrue(t.canStart(word));
        assertTrue(t.canEnd(word + 3));
        assertFalse(t.canEnd(inside + 3));
    }

    @Test
    void keepsOtherPunctuationLiterally() {
        assertEquals("alk+nsclc.", n.key("ALK+ NSCLC."));
    }

    @Test
    void foldsBritishSpellingsOfLowerCaseWords() {
        assertEquals(n.key("hemolytic uremic syndrome"), n.key("haemolytic-uraemic syndrome"));
        assertEquals("edema", n.key("oedema"));
        assertEquals("diarrhea", n.key("diarrhoea"));
        assertEquals("tumor", n.key("tumours"));
        assertEquals("aerobic", n.key("aerobic"));
        assertEquals("MAE", n.normalise("MAE").casedString());
        NormalisedText t = n.normalise("Oedema");
        assertEquals("Oedema", t.source().substring(t.sourceStart(0), t.sourceEnd(t.length())));
    }

    @Test
    void readsRomanNumeralWordsAsDigits() {
        assertEquals(n.key("type 2 diabetes mellitus"), n.key("type II diabetes mellitus"));
        assertEquals("stage4", n.key("stage IV"));
        assertEquals("ivdrug", n.key("iv drug"));
        assertEquals("IVA", n.normalise("IVA").casedString());
    }

    @Test
    void recordsWhereSeparatorsAndSpacesWereDropped() {
        NormalisedText t = n.normalise("non-small cell, c/MET");
        assertEquals("nonsmallcell,cmet", t.foldedString());
        assertTrue(t.separatedBefore(3));
        assertFalse(t.spacedBefore(3));
        assertTrue(t.spacedBefore(8));
        assertTrue(t.spacedBefore(13));
        assertFalse(t.separatedBefore(12));
        assertTrue(t.separatedBefore(14));
        assertTrue(t.spacedBefore(14), "a slash parts words as a space does");
        assertFalse(t.separatedBefore(4));
    }

    @Test
    void spaceOutranksAHyphenInTheSameGap() {
        NormalisedText t = n.normalise("IL - 2 and IL\u00a02");
        assertEquals("il2andil2", t.foldedString());
        assertTrue(t.spacedBefore(2));
        assertTrue(t.spacedBefore(8));
    }
}
