package org.litlod.tag.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DocumentPartTest {

    private static final List<String> SEVEN = List.of("d0", "d1", "d2", "d3", "d4", "d5", "d6");

    @Test
    void keepsEveryNthDocumentFromTheKth() {
        assertEquals(List.of("d0", "d2", "d4", "d6"), DocumentPart.parse("0/2").of(SEVEN));
        assertEquals(List.of("d1", "d3", "d5"), DocumentPart.parse("1/2").of(SEVEN));
        assertEquals(List.of("d2", "d5"), DocumentPart.parse(" 2 / 3 ").of(SEVEN));
        assertEquals(SEVEN, DocumentPart.ALL.of(SEVEN));
        assertEquals("1/2", DocumentPart.parse("1/2").toString());
    }

    @Test
    void thePartsOfACorpusAreDisjointAndCoverIt() {
        List<Integer> all = IntStream.range(0, 100).boxed().toList();
        List<Integer> union = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            union.addAll(new DocumentPart(k, 3).of(all));
        }
        assertEquals(100, union.size());
        assertEquals(all, union.stream().sorted().toList());
    }

    @Test
    void refusesPartsThatAreNotKOfN() {
        for (String bad : List.of("2/2", "-1/2", "0/0", "1", "a/b", "1/2/3")) {
            assertThrows(IllegalArgumentException.class, () -> DocumentPart.parse(bad), bad);
        }
    }
}
