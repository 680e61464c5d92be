package org.litlod.tag.text;

/**
 * Where British spellings differ from American ones in medical words: the diphthongs "ae" and
 * "oe" written "e" ("haem" → "hem", "oedema" → "edema", "diarrhoea" → "diarrhea") and the
 * ending "-our" written "-or" ("tumour" → "tumor"). Only lower-case letters are folded.
 */
final class BritishSpelling {

    private BritishSpelling() {
    }

    /**
     * Whether {@code text[k, k+2)} inside the word {@code [start, end)} is a diphthong written "e"
     * in American spelling: "ae" not at the word start ("aerobic" stays), "oe" at the word start
     * before a consonant ("oedema", "oestrogen") or after "h" ("diarrhoea").
     */
    static boolean diphthong(String text, int start, int k, int end) {
        if (k + 1 >= end || text.charAt(k + 1) != 'e') {
            return false;
        }
        char c = text.charAt(k);
        if (c == 'a') {
            return k > start;
        }
        if (c == 'o') {
            if (k == start) {
                return k + 2 < end && isConsonant(text.charAt(k + 2));
            }
            return text.charAt(k - 1) == 'h';
        }
        return false;
    }

    /** Whether {@code text[k]} is the "u" of a word-final "-our" after a consonant in a word of five or more. */
    static boolean silentU(String text, int start, int k, int end) {
        return text.charAt(k) == 'u' && k == end - 2 && end - start >= 5 && text.charAt(k - 1) == 'o'
                && text.charAt(k + 1) == 'r' && isConsonant(text.charAt(k - 2));
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiou".indexOf(c) < 0;
    }
}
