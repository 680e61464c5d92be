package org.litlod.tag.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

    record Hit(int start, int end, String key) {
    }

    private static List<Hit> scan(List<String> keys, String text) {
        AhoCorasick ac = AhoCorasick.build(keys);
        List<Hit> hits = new ArrayList<>();
        ac.scan(text, (s, e, k) -> hits.add(new Hit(s, e, keys.get(k))));
        return hits;
    }

    @Test
    void reportsOverlappingKeysIncludingSuffixes() {
        List<Hit> hits = scan(List.of("he", "she", "his", "hers"), "ushers");
        assertEquals(List.of(new Hit(1, 4, "she"), new Hit(2, 4, "he"), new Hit(2, 6, "hers")), hits);
    }

    @Test
    void findsKeysAfterFailureTransitions() {
        List<Hit> hits = scan(List.of("lungcancer", "cancer", "ncer"), "nonsmallcelllungcancer");
        assertEquals(List.of(new Hit(12, 22, "lungcancer"), new Hit(16, 22, "cancer"),
                new Hit(18, 22, "ncer")), hits);
    }

    @Test
    void keyThatIsPrefixOfAnotherIsReportedOnItsOwn() {
        assertEquals(List.of(new Hit(0, 3, "alk")), scan(List.of("alk", "alkaline"), "alka"));
    }

    @Test
    void nothingMatchesWithNoKeys() {
        assertEquals(List.of(), scan(List.of(), "anything"));
    }

    @Test
    void longestLeftmostKeepsLongestAndDropsOverlaps() {
        List<Hit> hits = scan(List.of("lung", "lungcancer", "cancer", "cancerstem", "stemcell"),
                "lungcancerstemcell");
        List<Hit> chosen = LongestMatch.select(hits, Hit::start, Hit::end);
        assertEquals(List.of(new Hit(0, 10, "lungcancer"), new Hit(10, 18, "stemcell")), chosen);
    }

    @Test
    void longestLeftmostKeepsIdenticalSpans() {
        List<Hit> hits = List.of(new Hit(0, 3, "a"), new Hit(0, 3, "b"), new Hit(1, 5, "c"));
        assertEquals(List.of(new Hit(0, 3, "a"), new Hit(0, 3, "b")),
                LongestMatch.select(hits, Hit::start, Hit::end));
    }

    @Test
    void reportsOnlyMatchesEndingWhereAllowed() {
        List<String> keys = List.of("lung", "lungcancer", "cancer");
        char[] text = "lungcancer".toCharArray();
        boolean[] ends = new boolean[text.length];
        ends[9] = true;
        List<Hit> hits = new ArrayList<>();
        AhoCorasick.build(keys).scan(text, 0, text.length, ends, (s, e, k) -> hits.add(new Hit(s, e, keys.get(k))));
        assertEquals(List.of(new Hit(0, 10, "lungcancer"), new Hit(4, 10, "cancer")), hits);
    }

    @Test
    void anchoredWalkReportsKeysStartingThereShortestFirst() {
        List<String> keys = List.of("lung", "lungcancer", "cancer", "ung");
        char[] text = "lungcancers".toCharArray();
        List<Hit> hits = new ArrayList<>();
        AhoCorasick ac = AhoCorasick.build(keys);
        ac.matchAt(text, 0, text.length, null, (s, e, k) -> hits.add(new Hit(s, e, keys.get(k))));
        ac.matchAt(text, 1, text.length, null, (s, e, k) -> hits.add(new Hit(s, e, keys.get(k))));
        assertEquals(List.of(new Hit(0, 4, "lung"), new Hit(0, 10, "lungcancer"), new Hit(1, 4, "ung")), hits);
    }
}
