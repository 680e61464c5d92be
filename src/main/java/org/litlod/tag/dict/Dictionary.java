package org.litlod.tag.dict;

import java.util.ArrayList;
import java.util.List;
import org.litlod.tag.match.KeyTrie;
import org.litlod.tag.match.MatchSink;
import org.litlod.tag.text.NormalisedText;

/**
 * Names compiled into one trie over folded normalised keys. Each key carries the entries that
 * share it; a match counts for an entry only at word boundaries, only when every space or slash
 * the text has inside the match falls on a word boundary of the name (so "but in" is not "butin",
 * "cases in" not "casein" and "LA/D" not "LAD", while "non-small cell" is still
 * "non-small-cell" and "breast/ovarian" still "breast ovarian"), and, for
 * case-sensitive entries, only when the text has the entry's case. Since matches start only
 * where a word starts, the trie is walked from each word start ({@link KeyTrie#matchAt}).
 * Immutable and thread-safe.
 */
public final class Dictionary {

    private final KeyTrie trie;
    private final int[] firstEntry;
    private final List<DictionaryEntry> entries;

    /**
     * @param keys       distinct keys, strictly sorted
     * @param firstEntry for key {@code k}, its entries are {@code entries[firstEntry[k], firstEntry[k + 1])}
     * @param entries    the entries of all keys, key after key
     */
    Dictionary(List<String> keys, int[] firstEntry, DictionaryEntry[] entries) {
        this(KeyTrie.build(keys), firstEntry, List.of(entries));
    }

    /**
     * A dictionary over a trie already built, as {@link DictionaryFile} reads it back; {@code entries}
     * is a list with fast access by place, which may decode each entry when first asked for it.
     */
    Dictionary(KeyTrie trie, int[] firstEntry, List<DictionaryEntry> entries) {
        if (firstEntry.length != trie.keys() + 1 || firstEntry[trie.keys()] != entries.size()) {
            throw new IllegalArgumentException("a dictionary's entries do not fit its " + trie.keys() + " keys");
        }
        this.trie = trie;
        this.firstEntry = firstEntry;
        this.entries = entries;
    }

    KeyTrie trie() {
        return trie;
    }

    int[] firstEntry() {
        return firstEntry;
    }

    /** The entries of all keys, key after key. */
    List<DictionaryEntry> entries() {
        return entries;
    }

    /** Every entry match in {@code text}, overlapping ones included. */
    public List<DictionaryMatch> find(NormalisedText text) {
        List<DictionaryMatch> found = new ArrayList<>();
        char[] folded = text.folded();
        boolean[] ends = text.endFlags();
        MatchSink sink = (s, e, key) -> {
            int spaces = joinedSpaces(text, s, e);
            for (int k = firstEntry[key]; k < firstEntry[key + 1]; k++) {
                DictionaryEntry entry = entries.get(k);
                if ((spaces == 0 || keepsWords(text, s, e, entry))
                        && (!entry.caseSensitive() || text.casedEquals(s, e, entry.casedKey())
                        || capitalised(text, s, e, entry.casedKey()))) {
                    found.add(new DictionaryMatch(text.sourceStart(s), text.sourceEnd(e), entry));
                }
            }
        };
        for (int i = 0; i < text.length(); i++) {
            if (text.canStart(i)) {
                trie.matchAt(folded, i, text.length(), ends, sink);
            }
        }
        return found;
    }

    /** How many spaces inside normalised {@code [s, e)} stand between two letters or digits. */
    private static int joinedSpaces(NormalisedText text, int s, int e) {
        int n = 0;
        for (int p = s + 1; p < e; p++) {
            if (joins(text, p)) {
                n++;
            }
        }
        return n;
    }

    /** Whether dropping the whitespace or slash before {@code p} put two letters or digits side by side. */
    private static boolean joins(NormalisedText text, int p) {
        char[] f = text.folded();
        return text.spacedBefore(p) && Character.isLetterOrDigit(f[p - 1]) && Character.isLetterOrDigit(f[p]);
    }

    /** Whether every joining space or slash of the text in {@code [s, e)} is a word boundary of the entry's name. */
    private static boolean keepsWords(NormalisedText text, int s, int e, DictionaryEntry entry) {
        for (int p = s + 1; p < e; p++) {
            if (joins(text, p) && !entry.boundaryAt(p - s)) {
                return false;
            }
        }
        return true;
    }

    /** A case-sensitive lower-case entry still matches capitalised at a sentence start. */
    private static boolean capitalised(NormalisedText text, int s, int e, String key) {
        if (key.isEmpty() || !Character.isLowerCase(key.charAt(0))) {
            return false;
        }
        char[] cased = text.cased();
        if (cased[s] != Character.toUpperCase(key.charAt(0))) {
            return false;
        }
        for (int k = s + 1; k < e; k++) {
            if (cased[k] != key.charAt(k - s)) {
                return false;
            }
        }
        return true;
    }

    /** The number of distinct keys. */
    public int size() {
        return firstEntry.length - 1;
    }

    /** The number of trie states. */
    public int states() {
        return trie.states();
    }
}
