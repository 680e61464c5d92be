package org.litlod.tag.text;

/**
 * A text in normalised form with, for every normalised character, the span of the original
 * text it came from. A match over normalised characters {@code [i, j)} covers the original
 * text {@code [sourceStart(i), sourceEnd(j))}.
 *
 * <p>{@link #folded()} is lower-cased; {@link #cased()} keeps the original case of the same
 * characters, for entries that must match case-sensitively. Matches may only start where
 * {@link #canStart(int)} and end where {@link #canEnd(int)}: at word boundaries of the original.
 *
 * <p>Separators are dropped, but where they were is kept: {@link #separatedBefore(int)} tells
 * whether any separator (space, hyphen, slash...) stood before a normalised character, and
 * {@link #spacedBefore(int)} whether whitespace or a slash did. A name's word boundaries are
 * the former; a text's whitespace and slashes must fall on one of them, so that folding never
 * joins two words of a text into one name.
 */
public final class NormalisedText {

    /** A gap that held whitespace or a slash (and maybe other separators). */
    static final byte SPACE = 2;
    /** A gap that held separators other than whitespace. */
    static final byte JOINER = 1;

    private final String source;
    private final char[] folded;
    private final char[] cased;
    private final int[] from;
    private final int[] to;
    private final boolean[] start;
    private final boolean[] end;
    private final byte[] gap;
    private final int length;

    /** {@code gap} per character: 0 nothing dropped before it, 1 a separator, 2 whitespace or a slash. */
    NormalisedText(String source, char[] folded, char[] cased, int[] from, int[] to,
                   boolean[] start, boolean[] end, byte[] gap, int length) {
        this.source = source;
        this.folded = folded;
        this.cased = cased;
        this.from = from;
        this.to = to;
        this.start = start;
        this.end = end;
        this.gap = gap;
        this.length = length;
    }

    /** The original text. */
    public String source() {
        return source;
    }

    /** The number of normalised characters. */
    public int length() {
        return length;
    }

    /** The lower-cased normalised characters (the array may be longer than {@link #length()}). */
    public char[] folded() {
        return folded;
    }

    /** The normalised characters in their original case (same length as {@link #folded()}). */
    public char[] cased() {
        return cased;
    }

    /** The normalised text, lower-cased. */
    public String foldedString() {
        return new String(folded, 0, length);
    }

    /** The normalised text in original case. */
    public String casedString() {
        return new String(cased, 0, length);
    }

    /** Offset in the original text of the first character behind normalised character {@code i}. */
    public int sourceStart(int i) {
        return from[i];
    }

    /** Offset in the original text just after a match that ends before normalised index {@code j}. */
    public int sourceEnd(int j) {
        return to[j - 1];
    }

    /** Whether a match may start at normalised index {@code i} (a word starts there). */
    public boolean canStart(int i) {
        return start[i];
    }

    /** Whether a match may end just before normalised index {@code j} (a word ends there). */
    public boolean canEnd(int j) {
        return end[j - 1];
    }

    /**
     * The flags behind {@link #canEnd(int)} by character: element {@code i} tells whether a
     * match may end after normalised character {@code i}. Shared, not copied: do not modify.
     */
    public boolean[] endFlags() {
        return end;
    }

    /** Whether normalised {@code [i, j)} in original case equals {@code key}. */
    public boolean casedEquals(int i, int j, String key) {
        if (j - i != key.length()) {
            return false;
        }
        for (int k = i; k < j; k++) {
            if (cased[k] != key.charAt(k - i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a separator of any kind (whitespace, hyphen, slash...) was dropped just before normalised character {@code i}. */
    public boolean separatedBefore(int i) {
        return gap[i] != 0;
    }

    /** Whether whitespace or a slash was dropped just before normalised character {@code i}. */
    public boolean spacedBefore(int i) {
        return gap[i] == SPACE;
    }
}
