package org.litlod.tag.abbrev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbbreviationFinderTest {

    private final AbbreviationFinder finder = new AbbreviationFinder();

    @Test
    void findsLongFormOfNsclc() {
        String text = "Crizotinib is approved for ALK-positive non-small-cell lung cancer (NSCLC) in adults.";
        List<Abbreviation> found = finder.find(text);
        assertEquals(1, found.size());
        Abbreviation a = found.get(0);
        assertEquals("NSCLC", a.shortForm());
        assertEquals("non-small-cell lung cancer", a.longForm());
        assertEquals(text.indexOf("non-small"), a.longStart());
        assertEquals(text.indexOf(" (NSCLC)"), a.longEnd());
        assertEquals(text.indexOf("NSCLC"), a.shortStart());
    }

    @Test
    void findsLongFormWithEnDash() {
        List<Abbreviation> found = finder.find("bypass tracks, paracrine factors, and epithelial\u2013mesenchymal transition (EMT).");
        assertEquals(List.of("epithelial\u2013mesenchymal transition"),
                found.stream().map(Abbreviation::longForm).toList());
    }

    @Test
    void shortFormMayBeFollowedByText() {
        List<Abbreviation> found = finder.find("options for myelodysplastic neoplasms (MDS)-associated thrombocytopenia");
        assertEquals("myelodysplastic neoplasms", found.get(0).longForm());
    }

    @Test
    void ignoresBracketsThatAreNotShortForms() {
        assertEquals(List.of(), finder.find("patients (n = 18) with resistance (see below)"));
        assertEquals(List.of(), finder.find("a rate (ORR) of 61%".replace("a rate", "the response")));
    }

    @Test
    void findsShortFormBeforeItsLongForm() {
        String text = "Patients with NSCLC (non-small cell lung cancer) were treated.";
        List<Abbreviation> found = finder.find(text);
        assertEquals(1, found.size());
        Abbreviation a = found.get(0);
        assertEquals("NSCLC", a.shortForm());
        assertEquals("non-small cell lung cancer", a.longForm());
        assertEquals(text.indexOf("non-small"), a.longStart());
        assertEquals(text.indexOf("NSCLC"), a.shortStart());
        assertEquals(List.of(), finder.find("with crizotinib (an ALK inhibitor) and"));
    }
}
