package org.litlod.tag.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LongestMatchTest {

    record Hit(int start, int end, String key) {
    }

    @Test
    void keepsLongestAndDropsOverlaps() {
        List<Hit> hits = List.of(new Hit(0, 4, "lung"), new Hit(0, 10, "lungcancer"), new Hit(4, 10, "cancer"),
                new Hit(4, 14, "cancerstem"), new Hit(10, 18, "stemcell"));
        assertEquals(List.of(new Hit(0, 10, "lungcancer"), new Hit(10, 18, "stemcell")),
                LongestMatch.select(hits, Hit::start, Hit::end));
    }

    @Test
    void keepsIdenticalSpans() {
        List<Hit> hits = List.of(new Hit(0, 3, "a"), new Hit(0, 3, "b"), new Hit(1, 5, "c"));
        assertEquals(List.of(new Hit(0, 3, "a"), new Hit(0, 3, "b")),
                LongestMatch.select(hits, Hit::start, Hit::end));
    }
}
