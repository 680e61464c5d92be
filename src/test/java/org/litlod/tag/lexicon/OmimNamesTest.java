package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OmimNamesTest {

    @Test
    void capitalisedTitlesAreLoweredButSymbolsAndAbbreviationsKept() {
        assertEquals("breast-ovarian cancer, familial, susceptibility to, 1",
                OmimNames.readable("BREAST-OVARIAN CANCER, FAMILIAL, SUSCEPTIBILITY TO, 1"));
        assertEquals("46,XX sex reversal, SRY-positive", OmimNames.readable("46,XX SEX REVERSAL, SRY-POSITIVE"));
        assertEquals("BRCA1 deficiency", OmimNames.readable("BRCA1 DEFICIENCY"));
    }

    @Test
    void mixedCaseNamesAreLeftAlone() {
        assertEquals("Lesch-Nyhan Syndrome", OmimNames.readable("Lesch-Nyhan Syndrome"));
    }

    @Test
    void includedAndOneWordSynonymsAreNotUsed() {
        assertFalse(OmimNames.isUsableSynonym("HEMOLYTIC COMPLEMENT DEFICIENCY, INCLUDED"));
        assertFalse(OmimNames.isUsableSynonym("CBD"));
        assertFalse(OmimNames.isUsableSynonym("PHOTOSENSITIVITY"));
        assertTrue(OmimNames.isUsableSynonym("C2 DEFICIENCY"));
    }
}
