package org.litlod.tag.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentence spans of scientific text. */
class SentencesTest {
    private static List<String> split(String text) {
        return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtSentenceEndsAndDropsTrailingSpace() {
        assertEquals(List.of("Lithium caused polyuria.", "It resolved in 3 weeks."),
                split("Lithium caused polyuria. It resolved in 3 weeks.  "));
    }

    @Test
    void lowerCaseAbbreviationsAndLowerCaseContinuationsDoNotEndASentence() {
        assertEquals(List.of("Drugs, e.g. Cisplatin, were given i.v. Daily doses vs. Weekly ones were compared."),
                split("Drugs, e.g. Cisplatin, were given i.v. Daily doses vs. Weekly ones were compared."));
    }
}
