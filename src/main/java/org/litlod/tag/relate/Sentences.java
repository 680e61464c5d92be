package org.litlod.tag.relate;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentences of a passage as spans of its text, by the JDK's English sentence rules, with
 * two corrections for scientific text: a break after a lower-case abbreviation ("e.g.", "i.v.",
 * "vs.") or before a lower-case letter is not a sentence end.
 */
final class Sentences {
    /** A sentence: offsets into the passage text, trailing white space left out. */
    record Span(int start, int end) {
    }

    private Sentences() {
    }

    static List<Span> of(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        List<Span> out = new ArrayList<>();
        int start = it.first();
        int from = start;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (end < text.length() && continues(text, end)) {
                continue;
            }
            int stop = end;
            while (stop > from && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            if (stop > from) {
                out.add(new Span(from, stop));
            }
            from = end;
        }
        return out;
    }

    /** Whether the text after a break goes on with the same sentence. */
    private static boolean continues(String text, int at) {
        if (Character.isLowerCase(text.charAt(at))) {
            return true;
        }
        int dot = at - 1;
        while (dot > 0 && Character.isWhitespace(text.charAt(dot))) {
            dot--;
        }
        if (text.charAt(dot) != '.') {
            return false;
        }
        int word = dot;
        while (word > 0 && !Character.isWhitespace(text.charAt(word - 1))) {
            word--;
        }
        String token = text.substring(word, dot + 1);
        return token.length() <= 5 && token.chars().filter(Character::isLetter).allMatch(Character::isLowerCase)
                && token.chars().anyMatch(Character::isLetter) && token.indexOf('.') < token.length() - 1
                || token.equals("vs.") || token.equals("al.") || token.equals("Fig.") || token.equals("approx.");
    }
}
