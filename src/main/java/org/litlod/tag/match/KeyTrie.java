package org.litlod.tag.match;

import java.util.Arrays;
import java.util.List;

/**
 * A character trie over a set of keys, walked from a given start position of a text to report
 * the keys that begin there. Built once and then shared by any number of threads.
 *
 * <p>Layout, 10 bytes per state: the children of a state are consecutive states, so a state
 * needs only its first child and its number of children ({@code nodes}) and the character
 * leading into it ({@code label}); the labels of one state's children are sorted and searched
 * by bisection. States are numbered depth first. Where only one key remains below a state, the
 * rest of that key is not a chain of states but a run of characters in {@code tails} (2 bytes a
 * character), which the state points to with a negative count. The root has a direct table by
 * character.
 * Whether a key ends at a state is one bit, and the key's index is looked up by the rank of
 * that bit. The trie is built from the sorted keys directly, without an intermediate linked
 * trie.
 */
public final class KeyTrie {

    private final int[] root;
    private final int[] nodes;
    private final char[] label;
    private final char[] tails;
    private final long[] terminal;
    private final int[] rankBefore;
    private final int[] keyAt;

    private KeyTrie(String[] keys, int[] order) {
        long[] size = size(keys, order);
        int states = (int) size[0];
        this.nodes = new int[2 * states];
        this.label = new char[states];
        this.tails = new char[(int) size[1]];
        this.terminal = new long[(states + 63) >>> 6];
        this.rankBefore = new int[terminal.length];
        int[] endState = new int[order.length];
        int[] endKey = new int[order.length];
        int ends = fill(keys, order, endState, endKey);
        int r = 0;
        for (int w = 0; w < terminal.length; w++) {
            rankBefore[w] = r;
            r += Long.bitCount(terminal[w]);
        }
        this.keyAt = new int[ends];
        for (int k = 0; k < ends; k++) {
            keyAt[rank(endState[k])] = endKey[k];
        }
        int maxRootChar = -1;
        int first = nodes[0];
        for (int t = first; t < first + nodes[1]; t++) {
            maxRootChar = Math.max(maxRootChar, label[t]);
        }
        this.root = new int[maxRootChar + 1];
        for (int t = first; t < first + nodes[1]; t++) {
            root[label[t]] = t;
        }
    }

    private KeyTrie(Layout l) {
        this.root = l.root();
        this.nodes = l.nodes();
        this.label = l.label();
        this.tails = l.tails();
        this.terminal = l.terminal();
        this.rankBefore = l.rankBefore();
        this.keyAt = l.keyAt();
    }

    /**
     * The arrays a trie consists of (see the class comment), so that a built trie can be kept
     * in a file and taken back without building it again. The arrays are the trie's own: neither
     * side may change them.
     */
    public record Layout(int[] root, int[] nodes, char[] label, char[] tails, long[] terminal,
                         int[] rankBefore, int[] keyAt) {
    }

    /** This trie's arrays. */
    public Layout layout() {
        return new Layout(root, nodes, label, tails, terminal, rankBefore, keyAt);
    }

    /**
     * The trie whose arrays are {@code l}, as {@link #layout()} gave them.
     *
     * @throws IllegalArgumentException when the arrays' lengths do not fit together
     */
    public static KeyTrie of(Layout l) {
        int states = l.label().length;
        int words = (states + 63) >>> 6;
        boolean fits = states > 0 && l.nodes().length == 2 * states && l.terminal().length == words
                && l.rankBefore().length == words;
        int ends = 0;
        for (int w = 0; fits && w < words; w++) {
            fits = l.rankBefore()[w] == ends;
            ends += Long.bitCount(l.terminal()[w]);
        }
        if (!fits || l.keyAt().length != ends) {
            throw new IllegalArgumentException("the arrays of a key trie do not fit together (" + states + " states)");
        }
        return new KeyTrie(l);
    }

    /**
     * Builds the trie; the key at index {@code i} is reported with index {@code i}. A key given
     * twice keeps its first index. The keys need not be sorted, but strictly sorted ones
     * (in {@link String#compareTo} order) are cheaper.
     */
    public static KeyTrie build(List<? extends CharSequence> keys) {
        String[] k = new String[keys.size()];
        boolean sorted = true;
        for (int i = 0; i < k.length; i++) {
            k[i] = keys.get(i).toString();
            if (k[i].isEmpty()) {
                throw new IllegalArgumentException("empty key at " + i);
            }
            sorted &= i == 0 || k[i - 1].compareTo(k[i]) < 0;
        }
        int[] order;
        if (sorted) {
            order = new int[k.length];
            Arrays.setAll(order, i -> i);
        } else {
            order = KeyOrder.of(k, k.length);
        }
        return new KeyTrie(k, order);
    }

    /**
     * The number of states and of tail characters. Per distinct key in sorted order, with
     * {@code p} and {@code q} its common prefixes with the previous and the next key: the key
     * adds the states from depth {@code p + 1} to {@code max(p, q) + 1} (or to its end, when it
     * is a prefix of the next key), and the rest of it goes to the tails.
     */
    private static long[] size(String[] keys, int[] order) {
        long states = 1;
        long tailChars = 0;
        String prev = "";
        int prevCommon = 0;
        for (int j = 0; j < order.length; j++) {
            String key = keys[order[j]];
            if (j > 0 && key.equals(prev)) {
                continue;
            }
            int p = j == 0 ? 0 : prevCommon;
            int next = j + 1;
            while (next < order.length && keys[order[next]].equals(key)) {
                next++;
            }
            int q = next < order.length ? commonPrefix(key, keys[order[next]]) : 0;
            int m = Math.max(p, q);
            if (key.length() == m) {
                states += key.length() - p;
            } else {
                states += m + 1 - p;
                tailChars += key.length() - m - 1;
            }
            prev = key;
            prevCommon = q;
        }
        if (states > Integer.MAX_VALUE / 2 || tailChars > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many keys for one trie: " + states + " states");
        }
        return new long[] {states, tailChars};
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /**
     * Lays out the states depth first. Each pending state on the stack stands for the range of
     * sorted keys that share its prefix; expanding it allocates the block of its children, one
     * per distinct next character, and pushes them. Records, per key that ends somewhere, the
     * state it ends at; returns how many.
     */
    private int fill(String[] keys, int[] order, int[] endState, int[] endKey) {
        IntStack stack = new IntStack();
        stack.push(0, 0, order.length, 0);
        int next = 1;
        int tail = 0;
        int ends = 0;
        while (!stack.isEmpty()) {
            int depth = stack.pop();
            int hi = stack.pop();
            int lo = stack.pop();
            int s = stack.pop();
            if (lo < hi && keys[order[lo]].length() == depth) {
                terminal[s >>> 6] |= 1L << (s & 63);
                endState[ends] = s;
                endKey[ends++] = order[lo];
                while (lo < hi && keys[order[lo]].length() == depth) {
                    lo++;
                }
            } else if (s != 0 && lo < hi && keys[order[lo]].equals(keys[order[hi - 1]])) {
                String key = keys[order[lo]];
                terminal[s >>> 6] |= 1L << (s & 63);
                endState[ends] = s;
                endKey[ends++] = order[lo];
                key.getChars(depth, key.length(), tails, tail);
                nodes[2 * s] = tail;
                nodes[2 * s + 1] = depth - key.length();
                tail += key.length() - depth;
                continue;
            }
            int firstChild = next;
            int mark = stack.size();
            int g = lo;
            while (g < hi) {
                char c = keys[order[g]].charAt(depth);
                int end = g + 1;
                while (end < hi && keys[order[end]].charAt(depth) == c) {
                    end++;
                }
                label[next] = c;
                stack.push(next, g, end, depth + 1);
                next++;
                g = end;
            }
            nodes[2 * s] = firstChild;
            nodes[2 * s + 1] = next - firstChild;
            stack.reverseFrom(mark);
        }
        if (next != label.length || tail != tails.length) {
            throw new IllegalStateException("trie layout: " + next + " states and " + tail
                    + " tail characters filled, " + label.length + " and " + tails.length + " counted");
        }
        return ends;
    }

    private int rank(int s) {
        int w = s >>> 6;
        return rankBefore[w] + Long.bitCount(terminal[w] & ((1L << (s & 63)) - 1));
    }

    private boolean isTerminal(int s) {
        return (terminal[s >>> 6] & (1L << (s & 63))) != 0;
    }

    /** The child of {@code s} on {@code c}, or 0 when there is none. */
    private int child(int s, char c) {
        if (s == 0) {
            return c < root.length ? root[c] : 0;
        }
        int lo = nodes[2 * s];
        int hi = lo + nodes[2 * s + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = label[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return 0;
    }

    /**
     * Reports the keys that start at {@code start} and end within {@code to}, shortest first;
     * with {@code endAllowed}, only keys ending after a character {@code i} with
     * {@code endAllowed[i]}. A tagger whose matches can only start where a word starts calls
     * this at each word start, which costs a few steps per word.
     */
    public void matchAt(char[] text, int start, int to, boolean[] endAllowed, MatchSink sink) {
        int s = 0;
        for (int i = start; i < to; i++) {
            s = child(s, text[i]);
            if (s == 0) {
                return;
            }
            if (isTerminal(s)) {
                int count = nodes[2 * s + 1];
                if (count < 0) {
                    tail(text, start, i, to, s, endAllowed, sink);
                    return;
                }
                if (endAllowed == null || endAllowed[i]) {
                    sink.match(start, i + 1, keyAt[rank(s)]);
                }
            }
        }
    }

    /** Reports the one key below tail state {@code s}, entered at {@code text[i]}, if the text goes on with its tail. */
    private void tail(char[] text, int start, int i, int to, int s, boolean[] endAllowed, MatchSink sink) {
        int t = nodes[2 * s];
        int len = -nodes[2 * s + 1];
        int last = i + len;
        if (last >= to || (endAllowed != null && !endAllowed[last])) {
            return;
        }
        for (int k = 1; k <= len; k++) {
            if (text[i + k] != tails[t + k - 1]) {
                return;
            }
        }
        sink.match(start, last + 1, keyAt[rank(s)]);
    }

    /** The number of states, a measure of size. */
    public int states() {
        return label.length;
    }

    /** The number of characters held as tails rather than states. */
    public int tailChars() {
        return tails.length;
    }

    /** The number of distinct keys. */
    public int keys() {
        return keyAt.length;
    }

    /** A stack of pending states, four ints each (state, first key, end key, depth). */
    private static final class IntStack {
        private int[] items = new int[256];
        private int size;

        void push(int s, int lo, int hi, int depth) {
            if (size + 4 > items.length) {
                items = Arrays.copyOf(items, items.length * 2);
            }
            items[size++] = s;
            items[size++] = lo;
            items[size++] = hi;
            items[size++] = depth;
        }

        int pop() {
            return items[--size];
        }

        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** Reverses the order of the entries pushed since size {@code mark}, so the first pops first. */
        void reverseFrom(int mark) {
            int i = mark;
            int j = size - 4;
            while (i < j) {
                for (int k = 0; k < 4; k++) {
                    int t = items[i + k];
                    items[i + k] = items[j + k];
                    items[j + k] = t;
                }
                i += 4;
                j -= 4;
            }
        }
    }
}
