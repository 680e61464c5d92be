package org.litlod.tag.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyTrieTest {

    record Hit(int start, int end, String key) {
    }

    private static List<Hit> at(List<String> keys, String text, int start, boolean[] ends) {
        char[] chars = text.toCharArray();
        List<Hit> hits = new ArrayList<>();
        KeyTrie.build(keys).matchAt(chars, start, chars.length, ends, (s, e, k) -> hits.add(new Hit(s, e, keys.get(k))));
        return hits;
    }

    @Test
    void reportsKeysStartingThereShortestFirst() {
        List<String> keys = List.of("lung", "lungcancer", "cancer", "ung");
        assertEquals(List.of(new Hit(0, 4, "lung"), new Hit(0, 10, "lungcancer")), at(keys, "lungcancers", 0, null));
        assertEquals(List.of(new Hit(1, 4, "ung")), at(keys, "lungcancers", 1, null));
        assertEquals(List.of(new Hit(4, 10, "cancer")), at(keys, "lungcancers", 4, null));
    }

    @Test
    void keyThatIsPrefixOfAnotherIsReportedOnItsOwn() {
        assertEquals(List.of(new Hit(0, 3, "alk")), at(List.of("alkaline", "alk"), "alka", 0, null));
    }

    @Test
    void reportsOnlyMatchesEndingWhereAllowed() {
        boolean[] ends = new boolean[10];
        ends[9] = true;
        assertEquals(List.of(new Hit(0, 10, "lungcancer")),
                at(List.of("lung", "lungcancer", "cancer"), "lungcancer", 0, ends));
    }

    @Test
    void nothingMatchesWithNoKeys() {
        assertEquals(List.of(), at(List.of(), "anything", 0, null));
        assertEquals(1, KeyTrie.build(List.of()).states());
    }

    @Test
    void repeatedKeyKeepsItsFirstIndex() {
        List<String> keys = List.of("met", "alk", "met");
        List<Integer> found = new ArrayList<>();
        KeyTrie.build(keys).matchAt("met".toCharArray(), 0, 3, null, (s, e, k) -> found.add(k));
        assertEquals(List.of(0), found);
        assertEquals(2, KeyTrie.build(keys).keys());
    }

    @Test
    void statesAreTheSharedPrefixesAndTheRestIsTails() {
        // root; a, ab, abc; b (tail "d"): five states and one tail character whatever the order
        KeyTrie trie = KeyTrie.build(List.of("bd", "abc", "ab", "a"));
        assertEquals(5, trie.states());
        assertEquals(1, trie.tailChars());
        // root; l, lu, lun, lung; lungc (tail "ancer"), lungs (tail "")
        trie = KeyTrie.build(List.of("lungcancer", "lung", "lungs"));
        assertEquals(7, trie.states());
        assertEquals(5, trie.tailChars());
    }

    @Test
    void tailsMatchOnlyWhenTheTextHasAllOfThem() {
        List<String> keys = List.of("lung", "lungcancer");
        assertEquals(List.of(new Hit(0, 4, "lung")), at(keys, "lungcance", 0, null));
        assertEquals(List.of(new Hit(0, 4, "lung")), at(keys, "lungcancex", 0, null));
        assertEquals(List.of(new Hit(0, 4, "lung"), new Hit(0, 10, "lungcancer")), at(keys, "lungcancerous", 0, null));
        boolean[] ends = new boolean[13];
        ends[3] = true;
        assertEquals(List.of(new Hit(0, 4, "lung")), at(keys, "lungcancerous", 0, ends));
        assertEquals(List.of(new Hit(0, 3, "abc")), at(List.of("abc"), "abc", 0, null));
    }

    @Test
    void emptyKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> KeyTrie.build(List.of("a", "")));
    }

    @Test
    void findsEveryKeyOfALargeRandomSetAndNothingElse() {
        Random random = new Random(7);
        List<String> keys = new ArrayList<>();
        java.util.Set<String> set = new java.util.HashSet<>();
        while (keys.size() < 5000) {
            StringBuilder b = new StringBuilder();
            int len = 1 + random.nextInt(random.nextInt(3) == 0 ? 20 : 8);
            for (int i = 0; i < len; i++) {
                b.append((char) ('a' + random.nextInt(4)));
            }
            if (set.add(b.toString())) {
                keys.add(b.toString());
            }
        }
        KeyTrie trie = KeyTrie.build(keys);
        for (int i = 0; i < keys.size(); i++) {
            char[] probe = (keys.get(i) + "\u0000").toCharArray();
            List<Integer> found = new ArrayList<>();
            trie.matchAt(probe, 0, probe.length, null, (s, e, k) -> found.add(k));
            List<Integer> expected = new ArrayList<>();
            String key = keys.get(i);
            for (int len = 1; len <= key.length(); len++) {
                int k = keys.indexOf(key.substring(0, len));
                if (k >= 0) {
                    expected.add(k);
                }
            }
            assertEquals(expected, found, key);
        }
    }

    @Test
    void aTrieMadeFromItsLayoutMatchesAsTheOneBuilt() {
        List<String> keys = List.of("alk", "alkaline", "cancer", "lung", "lungcancer");
        KeyTrie built = KeyTrie.build(keys);
        KeyTrie made = KeyTrie.of(built.layout());
        char[] text = "lungcancers".toCharArray();
        for (int start = 0; start < text.length; start++) {
            List<Hit> a = new ArrayList<>();
            List<Hit> b = new ArrayList<>();
            built.matchAt(text, start, text.length, null, (s, e, k) -> a.add(new Hit(s, e, keys.get(k))));
            made.matchAt(text, start, text.length, null, (s, e, k) -> b.add(new Hit(s, e, keys.get(k))));
            assertEquals(a, b, "from " + start);
        }
        assertEquals(built.states(), made.states());
    }

    @Test
    void aLayoutWhoseArraysDoNotFitTogetherIsRefused() {
        KeyTrie.Layout l = KeyTrie.build(List.of("alk", "lung")).layout();
        assertThrows(IllegalArgumentException.class, () -> KeyTrie.of(new KeyTrie.Layout(l.root(),
                java.util.Arrays.copyOf(l.nodes(), l.nodes().length - 2), l.label(), l.tails(), l.terminal(),
                l.rankBefore(), l.keyAt())));
        assertThrows(IllegalArgumentException.class, () -> KeyTrie.of(new KeyTrie.Layout(l.root(), l.nodes(),
                l.label(), l.tails(), l.terminal(), l.rankBefore(), new int[l.keyAt().length + 1])));
    }
}
