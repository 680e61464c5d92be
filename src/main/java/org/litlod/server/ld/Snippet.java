package org.litlod.server.ld;

import java.util.Locale;

/**
 * The passage of a matched text that shows why it matched: about {@value #LENGTH} characters
 * around the first word of the search it contains, cut at spaces and marked with "…" where text
 * is left out, rather than the start of a long abstract.
 */
final class Snippet {
    static final int LENGTH = 240;
    private static final int BEFORE = 60;

    private Snippet() {
    }

    /** The passage of {@code text} around the first of the searched {@code words} it contains. */
    static String of(String text, String words) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= LENGTH) {
            return t;
        }
        int at = firstMatch(t.toLowerCase(Locale.ROOT), words.toLowerCase(Locale.ROOT));
        int start = at <= BEFORE ? 0 : t.indexOf(' ', at - BEFORE) + 1;
        if (start <= 0 || start > at) {
            start = Math.max(0, at - BEFORE);
        }
        int end = Math.min(t.length(), start + LENGTH - 2);
        if (end < t.length()) {
            int space = t.lastIndexOf(' ', end);
            end = space > at ? space : end;
        }
        return (start > 0 ? "…" : "") + t.substring(start, end).strip() + (end < t.length() ? "…" : "");
    }

    /** Where the earliest searched word (letters and digits, two or more) starts in {@code text}; 0 if none. */
    private static int firstMatch(String text, String words) {
        int best = -1;
        for (String w : words.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() < 2) {
                continue;
            }
            int i = text.indexOf(w);
            while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i = text.indexOf(w, i + 1);
            }
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return Math.max(best, 0);
    }
}
