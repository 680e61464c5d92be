package org.litlod.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A search hit shows the passage that matched, not the start of the text. */
class SnippetTest {
    private static final String ABSTRACT = "Myelodysplastic neoplasms are clonal disorders of haematopoiesis. ".repeat(8)
            + "Here, we identified crizotinib as an inducer of megakaryocyte maturation. "
            + "It relieved thrombocytopenia in mice. ".repeat(6);

    @Test
    void theMatchedWordIsInTheSnippetWithTheTextAroundIt() {
        String s = Snippet.of(ABSTRACT, "Crizotinib");
        assertTrue(s.startsWith("…"), s);
        assertTrue(s.endsWith("…"), s);
        assertTrue(s.contains("we identified crizotinib as an inducer"), s);
        assertTrue(s.length() <= Snippet.LENGTH, s);
    }

    @Test
    void theEarliestOfTheWordsIsShown() {
        assertTrue(Snippet.of(ABSTRACT, "thrombocytopenia megakaryocyte").contains("megakaryocyte maturation"));
    }

    @Test
    void aShortTextIsShownWhole() {
        assertEquals("Crizotinib relieved thrombocytopenia.", Snippet.of(" Crizotinib  relieved\nthrombocytopenia. ", "x"));
    }

    @Test
    void withoutAMatchingWordTheStartIsShown() {
        String s = Snippet.of(ABSTRACT, "AND");
        assertTrue(s.startsWith("Myelodysplastic neoplasms"), s);
        assertTrue(s.endsWith("…"), s);
    }

    @Test
    void aWordInsideAnotherIsNotAMatch() {
        String s = Snippet.of(ABSTRACT, "plastic");
        assertTrue(s.startsWith("Myelodysplastic"), s);
    }
}
