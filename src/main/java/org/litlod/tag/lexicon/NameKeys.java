package org.litlod.tag.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word-level key by which names learned from training text are compared with the text
 * around them: lower case, every run of characters other than letters and digits one space
 * ("Non-Small-Cell" and "non small cell" share "non small cell"), and each word's plural folded
 * the way the tagger folds it ("Placebos" and "placebo", "therapies" and "therapy"), so that
 * what training text says of one form holds for the other.
 */
final class NameKeys {

    private NameKeys() {
    }

    /** The key of {@code name}. */
    static String of(String name) {
        return String.join(" ", words(name, 0, name.length()));
    }

    /** The lower-cased words of {@code text[from, to)}. */
    static List<String> words(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                out.add(singular(text.substring(s, i).toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /** A lower-case word without its plural ending ("placebos", "therapies", "glasses" kept). */
    static String singular(String w) {
        int n = w.length();
        if (n >= 5 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n >= 4 && w.charAt(n - 1) == 's' && Character.isLetter(w.charAt(n - 2))
                && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** The word start and end offsets of {@code text}, as pairs. */
    static int[] wordBounds(String text) {
        int[] bounds = new int[16];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                if (n + 2 > bounds.length) {
                    bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[n++] = s;
                bounds[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(bounds, n);
    }
}
