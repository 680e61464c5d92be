package org.litlod.tag.dict;

import org.litlod.tag.text.NormalisedText;
import org.litlod.tag.text.TextNormaliser;

/**
 * One name of a {@link Target} in the dictionary.
 *
 * @param target        what the name stands for
 * @param name          the name as written in the lexicon
 * @param casedKey      the normalised name in its original case, which the text must match
 *                      exactly when the entry is case-sensitive; null when it is not
 * @param caseSensitive whether the text must match {@code casedKey} exactly
 * @param primary       whether the name is the concept's preferred name or official symbol
 * @param boundaries    the name's word boundaries: bit {@code p} is set when a separator (space,
 *                      hyphen, slash...) stood before character {@code p} of the normalised
 *                      name; only positions below 64 are held here (see {@link #boundaryAt})
 */
public record DictionaryEntry(Target target, String name, String casedKey, boolean caseSensitive,
                              boolean primary, long boundaries) {

    private static final TextNormaliser NORMALISER = new TextNormaliser();

    /** Whether the normalised name has a word boundary before its character {@code p}. */
    public boolean boundaryAt(int p) {
        if (p < Long.SIZE) {
            return (boundaries >>> p & 1) != 0;
        }
        NormalisedText n = NORMALISER.normalise(name);
        return p < n.length() && n.separatedBefore(p);
    }

    /** The boundaries of a normalised name below position 64, as {@link #boundaries()} holds them. */
    static long boundaries(NormalisedText name) {
        long bits = 0;
        for (int p = 1; p < Math.min(name.length(), Long.SIZE); p++) {
            if (name.separatedBefore(p)) {
                bits |= 1L << p;
            }
        }
        return bits;
    }

    /** This entry with the boundaries of {@code other} added (two spellings of one name). */
    DictionaryEntry withBoundariesOf(DictionaryEntry other) {
        long both = boundaries | other.boundaries;
        return both == boundaries ? this
                : new DictionaryEntry(target, name, casedKey, caseSensitive, primary, both);
    }

    /**
     * An entry whose cased key is kept only when matching needs it (a case-sensitive entry), and
     * then shares the name's string when the two are equal.
     */
    static DictionaryEntry of(Target target, String name, String casedKey, boolean caseSensitive,
                              boolean primary, long boundaries) {
        String cased = !caseSensitive ? null : casedKey.equals(name) ? name : casedKey;
        return new DictionaryEntry(target, name, cased, caseSensitive, primary, boundaries);
    }

    /** The normalised name in its original case, whether or not the entry keeps it. */
    String cased() {
        return casedKey != null ? casedKey : NORMALISER.normalise(name).casedString();
    }
}
