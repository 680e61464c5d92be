package org.litlod.tag.dict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.litlod.model.Identifier;
import org.litlod.tag.match.AhoCorasick;
import org.litlod.tag.match.MatchSink;
import org.litlod.tag.text.NormalisedText;

/**
 * Names compiled into one automaton over folded normalised keys. Each key carries the entries
 * that share it; a match counts for an entry only at word boundaries and, for case-sensitive
 * entries, only when the text has the entry's case. Since matches start only where a word
 * starts, the automaton is walked from each word start ({@link AhoCorasick#matchAt}), which
 * needs no failure transitions. Immutable and thread-safe.
 */
public final class Dictionary {

    private final AhoCorasick automaton;
    private final DictionaryEntry[][] entries;
    private final Map<Identifier, Target> byId;

    Dictionary(List<String> keys, DictionaryEntry[][] entries, Map<Identifier, Target> byId) {
        this.automaton = AhoCorasick.build(keys);
        this.entries = entries;
        this.byId = Map.copyOf(byId);
    }

    /** Every entry match in {@code text}, overlapping ones included. */
    public List<DictionaryMatch> find(NormalisedText text) {
        List<DictionaryMatch> found = new ArrayList<>();
        char[] folded = text.folded();
        boolean[] ends = text.endFlags();
        MatchSink sink = (s, e, key) -> {
            for (DictionaryEntry entry : entries[key]) {
                if (!entry.caseSensitive() || text.casedEquals(s, e, entry.casedKey())
                        || capitalised(text, s, e, entry.casedKey())) {
                    found.add(new DictionaryMatch(text.sourceStart(s), text.sourceEnd(e), entry));
                }
            }
        };
        for (int i = 0; i < text.length(); i++) {
            if (text.canStart(i)) {
                automaton.matchAt(folded, i, text.length(), ends, sink);
            }
        }
        return found;
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

    /** The target with identifier {@code id} (any of its identifiers), or null. */
    public Target target(Identifier id) {
        return byId.get(id);
    }

    /** The number of distinct keys. */
    public int size() {
        return entries.length;
    }

    /** The number of automaton states. */
    public int states() {
        return automaton.states();
    }
}
