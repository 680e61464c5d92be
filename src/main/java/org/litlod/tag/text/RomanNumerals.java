package org.litlod.tag.text;

/**
 * Upper-case Roman numerals II, III and IV standing as words ("type II", "stage IV"), read as
 * digits. "I", "V" and "X" are left alone: they are too often a pronoun, a letter or a symbol.
 */
final class RomanNumerals {

    private RomanNumerals() {
    }

    /** The digit of the word {@code text[start, end)}, or null when it is not such a numeral. */
    static String value(String text, int start, int end) {
        return switch (end - start) {
            case 2 -> text.startsWith("II", start) ? "2" : text.startsWith("IV", start) ? "4" : null;
            case 3 -> text.startsWith("III", start) ? "3" : null;
            default -> null;
        };
    }
}
