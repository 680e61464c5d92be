package org.litlod.tag.match;

import java.util.Arrays;
import java.util.List;

/**
 * An Aho–Corasick automaton over characters, built once from a list of keys and then shared
 * by any number of threads. Transitions are stored per state as sorted character ranges in flat
 * arrays (binary search); the root has a direct table up to its highest character. Scanning
 * reports every occurrence of every key, overlapping ones included; {@link LongestMatch}
 * chooses among them.
 */
public final class AhoCorasick {

    private final int[] root;
    private final int[] edgeStart;
    private final char[] edgeChar;
    private final int[] edgeTarget;
    private final int[] fail;
    private final int[] out;
    private final int[] outLink;
    private final int[] keyLength;

    private AhoCorasick(TrieBuilder trie, int[] keyLength) {
        int n = trie.size;
        this.keyLength = keyLength;
        this.out = Arrays.copyOf(trie.out, n);
        this.edgeStart = new int[n + 1];
        this.edgeChar = new char[Math.max(0, n - 1)];
        this.edgeTarget = new int[Math.max(0, n - 1)];
        int maxRootChar = -1;
        for (int t = trie.firstChild[0]; t >= 0; t = trie.nextSibling[t]) {
            maxRootChar = Math.max(maxRootChar, trie.label[t]);
        }
        this.root = new int[maxRootChar + 1];
        int e = 0;
        char[] chars = new char[64];
        for (int s = 0; s < n; s++) {
            edgeStart[s] = e;
            int count = 0;
            for (int t = trie.firstChild[s]; t >= 0; t = trie.nextSibling[t]) {
                if (count == chars.length) {
                    chars = Arrays.copyOf(chars, count * 2);
                }
                chars[count++] = trie.label[t];
            }
            Arrays.sort(chars, 0, count);
            for (int k = 0; k < count; k++) {
                edgeChar[e + k] = chars[k];
            }
            for (int t = trie.firstChild[s]; t >= 0; t = trie.nextSibling[t]) {
                int pos = Arrays.binarySearch(edgeChar, e, e + count, trie.label[t]);
                edgeTarget[pos] = t;
                if (s == 0) {
                    root[trie.label[t]] = t;
                }
            }
            e += count;
        }
        edgeStart[n] = e;
        this.fail = new int[n];
        this.outLink = new int[n];
        linkFailures(n);
    }

    /** Builds the automaton; the key at index {@code i} is reported with index {@code i}. */
    public static AhoCorasick build(List<? extends CharSequence> keys) {
        TrieBuilder trie = new TrieBuilder();
        int[] lengths = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            CharSequence k = keys.get(i);
            if (k.length() == 0) {
                throw new IllegalArgumentException("empty key at " + i);
            }
            lengths[i] = k.length();
            trie.add(k, i);
        }
        return new AhoCorasick(trie, lengths);
    }

    private void linkFailures(int n) {
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        outLink[0] = -1;
        for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
            int t = edgeTarget[e];
            fail[t] = 0;
            outLink[t] = -1;
            queue[tail++] = t;
        }
        while (head < tail) {
            int s = queue[head++];
            for (int e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
                int t = edgeTarget[e];
                char c = edgeChar[e];
                int f = fail[s];
                int next = step(f, c);
                while (next < 0) {
                    f = fail[f];
                    next = step(f, c);
                }
                fail[t] = next;
                outLink[t] = out[next] >= 0 ? next : outLink[next];
                queue[tail++] = t;
            }
        }
    }

    /** The transition from {@code s} on {@code c}: the root never fails, others give -1. */
    private int step(int s, char c) {
        if (s == 0) {
            return c < root.length ? root[c] : 0;
        }
        int lo = edgeStart[s];
        int hi = edgeStart[s + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = edgeChar[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return edgeTarget[mid];
            }
        }
        return -1;
    }

    /** Reports every key occurring in {@code text[from, to)} to {@code sink}, by end position. */
    public void scan(char[] text, int from, int to, MatchSink sink) {
        scan(text, from, to, null, sink);
    }

    /**
     * Reports the keys occurring in {@code text[from, to)} that end after a character {@code i}
     * with {@code endAllowed[i]} (all when {@code endAllowed} is null): a tagger only wants
     * matches that end where a word ends, and skipping the others saves most of the work.
     */
    public void scan(char[] text, int from, int to, boolean[] endAllowed, MatchSink sink) {
        int s = 0;
        for (int i = from; i < to; i++) {
            char c = text[i];
            int next = step(s, c);
            while (next < 0) {
                s = fail[s];
                next = step(s, c);
            }
            s = next;
            if (endAllowed != null && !endAllowed[i]) {
                continue;
            }
            int o = out[s] >= 0 ? s : outLink[s];
            while (o > 0) {
                int k = out[o];
                sink.match(i + 1 - keyLength[k], i + 1, k);
                o = outLink[o];
            }
        }
    }

    /**
     * Reports the keys that start at {@code start} and end within {@code to}, walking the trie
     * from the root without failure transitions, longest last; with {@code endAllowed}, only
     * keys ending after a character {@code i} with {@code endAllowed[i]}. A tagger whose matches
     * can only start where a word starts calls this at each word start, which costs a few
     * steps per word instead of a transition and a failure chain per character.
     */
    public void matchAt(char[] text, int start, int to, boolean[] endAllowed, MatchSink sink) {
        int s = 0;
        for (int i = start; i < to; i++) {
            s = step(s, text[i]);
            if (s <= 0) {
                return;
            }
            int k = out[s];
            if (k >= 0 && (endAllowed == null || endAllowed[i])) {
                sink.match(start, i + 1, k);
            }
        }
    }

    /** Reports every key occurring in {@code text}. */
    public void scan(CharSequence text, MatchSink sink) {
        char[] chars = text.toString().toCharArray();
        scan(chars, 0, chars.length, sink);
    }

    /** The number of states, a measure of size. */
    public int states() {
        return out.length;
    }
}
