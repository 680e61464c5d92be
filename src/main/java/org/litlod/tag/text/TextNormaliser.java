package org.litlod.tag.text;

/**
 * Maps a text to the form in which dictionary names and document text are compared, keeping
 * the way back to the original offsets.
 *
 * <ul>
 *   <li>Separators (spaces, hyphens and dashes, slashes, underscores, apostrophes) are dropped, so
 *       that "non-small-cell", "non small cell" and "nonsmallcell" meet, and so do "c-Met",
 *       "c-MET" and "cMET".</li>
 *   <li>Letters are lower-cased in {@link NormalisedText#folded()}; the original case stays in
 *       {@link NormalisedText#cased()}.</li>
 *   <li>Greek letters are spelled out: "TGF-β" becomes "tgfbeta".</li>
 *   <li>Plurals and possessives are folded: "cancers" → "cancer", "therapies" → "therapy",
 *       "NSCLCs" → "NSCLC", "Crohn's" → "Crohn"; the folded characters stay inside the
 *       span of the match.</li>
 *   <li>British spellings meet American ones: "haemolytic uraemic" → "hemolytic uremic",
 *       "oedema" → "edema", "diarrhoea" → "diarrhea", "tumour" → "tumor" (lower-case words only,
 *       so that symbols keep their letters).</li>
 *   <li>The Roman numerals II, III and IV written as words are digits: "type II diabetes" meets
 *       "type 2 diabetes".</li>
 *   <li>Other punctuation is kept and must match literally.</li>
 * </ul>
 * Matches may only start at the start of a word and end at its end. Where separators were
 * dropped, and whether they included whitespace or a slash, is recorded
 * ({@link NormalisedText#spacedBefore}): a slash parts words as a space does ("LA/D" is two
 * words, not the abbreviation "LAD").
 * Instances are stateless and thread-safe.
 */
public final class TextNormaliser {

    /** Normalises {@code text}. */
    public NormalisedText normalise(String text) {
        Output out = new Output(text.length() + 16);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSeparator(c)) {
                out.separator(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '/');
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                i = token(text, i, out);
            } else {
                out.add(c, c, i, i + 1, true, true);
                i++;
            }
        }
        return new NormalisedText(text, out.folded, out.cased, out.from, out.to, out.start,
                out.end, out.gap, out.size);
    }

    /** The folded key of a name: the normalised, lower-cased form the automaton is built from. */
    public String key(String name) {
        return normalise(name).foldedString();
    }

    /** Whether {@code c} separates words and is dropped. */
    static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '/' || c == '_' || c == '\'' || c == '\u2019'
                || Character.isWhitespace(c) || c == '\u00a0' || (c >= '\u2010' && c <= '\u2015')
                || c == '\u2212';
    }

    private static int token(String text, int i, Output out) {
        int n = text.length();
        int j = i;
        while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
            j++;
        }
        int spanEnd = j;
        if (j + 1 < n && (text.charAt(j) == '\'' || text.charAt(j) == '\u2019')
                && text.charAt(j + 1) == 's' && (j + 2 == n || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
            spanEnd = j + 2;
        }
        int keep = j;
        char replace = 0;
        switch (plural(text, i, j)) {
            case 1 -> keep = j - 1;
            case 3 -> {
                keep = j - 3;
                replace = 'y';
            }
            default -> { }
        }
        int first = out.size;
        String numeral = RomanNumerals.value(text, i, j);
        if (numeral != null) {
            out.add(numeral.charAt(0), numeral.charAt(0), i, spanEnd, true, true);
            return spanEnd;
        }
        for (int k = i; k < keep; k++) {
            char c = text.charAt(k);
            if (c >= 'b' && c <= 'z' && c != 'o' && c != 'u') {
                out.add(c, c, k, k + 1, false, false);
                continue;
            }
            String greek = GreekLetters.spelled(c);
            if (greek != null) {
                for (int g = 0; g < greek.length(); g++) {
                    out.add(greek.charAt(g), greek.charAt(g), k, k + 1, false, false);
                }
            } else if (BritishSpelling.diphthong(text, i, k, keep)) {
                out.add('e', 'e', k, k + 2, false, false);
                k++;
            } else if (!BritishSpelling.silentU(text, i, k, keep)) {
                out.add(Character.toLowerCase(c), c, k, k + 1, false, false);
            }
        }
        if (replace != 0) {
            out.add(replace, replace, keep, j, false, false);
        }
        if (out.size > first) {
            out.start[first] = true;
            out.end[out.size - 1] = true;
            out.to[out.size - 1] = spanEnd;
        }
        return spanEnd;
    }

    /**
     * How a word {@code [i, j)} ends as a plural: 0 not a plural, 1 drop a final "s", 3 replace
     * "ies" by "y". Words ending in "ss", "us", "is" are not plurals; neither are capital "S" ends.
     */
    static int plural(String text, int i, int j) {
        int len = j - i;
        if (len < 4 || text.charAt(j - 1) != 's') {
            return 0;
        }
        char prev = text.charAt(j - 2);
        if (!Character.isLetter(prev)) {
            return 0;
        }
        if (Character.isUpperCase(prev)) {
            return 1;
        }
        if (prev == 's' || prev == 'u' || prev == 'i') {
            return 0;
        }
        if (len >= 5 && prev == 'e' && text.charAt(j - 3) == 'i') {
            return 3;
        }
        return 1;
    }

    /** Growable output buffers. */
    private static final class Output {
        char[] folded;
        char[] cased;
        int[] from;
        int[] to;
        boolean[] start;
        boolean[] end;
        byte[] gap;
        byte pending;
        int size;

        Output(int capacity) {
            folded = new char[capacity];
            cased = new char[capacity];
            from = new int[capacity];
            to = new int[capacity];
            start = new boolean[capacity];
            end = new boolean[capacity];
            gap = new byte[capacity];
        }

        /** A separator was dropped; whitespace (or a slash) outranks the others. */
        void separator(boolean whitespace) {
            pending = (byte) Math.max(pending, whitespace ? NormalisedText.SPACE : NormalisedText.JOINER);
        }

        void add(char f, char c, int s, int e, boolean canStart, boolean canEnd) {
            if (size == folded.length) {
                int cap = size * 2;
                folded = java.util.Arrays.copyOf(folded, cap);
                cased = java.util.Arrays.copyOf(cased, cap);
                from = java.util.Arrays.copyOf(from, cap);
                to = java.util.Arrays.copyOf(to, cap);
                start = java.util.Arrays.copyOf(start, cap);
                end = java.util.Arrays.copyOf(end, cap);
                gap = java.util.Arrays.copyOf(gap, cap);
            }
            folded[size] = f;
            cased[size] = c;
            from[size] = s;
            to[size] = e;
            start[size] = canStart;
            end[size] = canEnd;
            gap[size] = pending;
            pending = 0;
            size++;
        }
    }
}
