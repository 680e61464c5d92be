package org.litlod.tag.abbrev;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds "long form (short form)" definitions, and "SF (long form)" ones where the short form is
 * written in capitals before the bracket. A short form has two to ten characters, at most
 * two words, begins with a letter or digit and has an upper-case letter. The long form is the
 * shortest run of preceding words (at most min(|SF| + 5, 2|SF|)) in which the short form's
 * letters and digits occur in order from right to left, its first character starting a word.
 * Stateless and thread-safe.
 */
public final class AbbreviationFinder {

    /** Every definition in {@code text}, in order. */
    public List<Abbreviation> find(String text) {
        List<Abbreviation> out = new ArrayList<>();
        int open = text.indexOf('(');
        while (open >= 0) {
            int close = text.indexOf(')', open + 1);
            if (close < 0) {
                break;
            }
            Abbreviation a = definition(text, open, close);
            if (a != null) {
                out.add(a);
            }
            open = text.indexOf('(', open + 1);
        }
        return out;
    }

    private static Abbreviation definition(String text, int open, int close) {
        int s = open + 1;
        int e = close;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ',' || c == '(') {
                e = i;
                break;
            }
        }
        while (s < e && text.charAt(s) == ' ') {
            s++;
        }
        while (e > s && text.charAt(e - 1) == ' ') {
            e--;
        }
        String sf = text.substring(s, e);
        if (!plausibleShortForm(sf)) {
            return reversed(text, open, s, e);
        }
        int lfEnd = open;
        while (lfEnd > 0 && text.charAt(lfEnd - 1) == ' ') {
            lfEnd--;
        }
        int maxWords = Math.min(sf.length() + 5, sf.length() * 2);
        int lfWindow = windowStart(text, lfEnd, maxWords);
        int lfStart = bestLongForm(sf, text, lfWindow, lfEnd);
        if (lfStart < 0 || lfEnd - lfStart <= sf.length()) {
            return null;
        }
        return new Abbreviation(sf, text.substring(lfStart, lfEnd), lfStart, lfEnd, s, e);
    }

    /**
     * The reverse form "SF (long form)": the word before the bracket is the short form when it
     * is plausible one and its letters occur in order in the bracketed words, the first at the
     * start of the first word.
     */
    private static Abbreviation reversed(String text, int open, int s, int e) {
        int sfEnd = open;
        while (sfEnd > 0 && text.charAt(sfEnd - 1) == ' ') {
            sfEnd--;
        }
        int sfStart = sfEnd;
        while (sfStart > 0 && !Character.isWhitespace(text.charAt(sfStart - 1)) && text.charAt(sfStart - 1) != '(') {
            sfStart--;
        }
        String sf = text.substring(sfStart, sfEnd);
        String content = text.substring(s, e);
        if (!plausibleShortForm(sf) || content.indexOf(' ') < 0 || content.length() <= sf.length()
                || sf.chars().filter(Character::isLetter).anyMatch(Character::isLowerCase)) {
            return null;
        }
        int lfStart = bestLongForm(sf, text, s, e);
        return lfStart == s ? new Abbreviation(sf, content, s, e, sfStart, sfEnd) : null;
    }

    static boolean plausibleShortForm(String sf) {
        if (sf.length() < 2 || sf.length() > 10 || !Character.isLetterOrDigit(sf.charAt(0))) {
            return false;
        }
        if (sf.chars().filter(c -> c == ' ').count() > 1) {
            return false;
        }
        return sf.chars().anyMatch(Character::isUpperCase);
    }

    /** Start of the window of at most {@code words} words ending at {@code end}, within the sentence. */
    private static int windowStart(String text, int end, int words) {
        int i = end;
        int count = 0;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == ';' || c == '(' || c == ')' || c == ':' || c == '.' && i < end && text.charAt(i) == ' ') {
                break;
            }
            if (c == ' ' && i < end && text.charAt(i) != ' ') {
                count++;
                if (count >= words) {
                    break;
                }
            }
            i--;
        }
        return i;
    }

    /** Schwartz–Hearst right-to-left match; the long form's start or -1. */
    private static int bestLongForm(String sf, String text, int from, int to) {
        int si = sf.length() - 1;
        int li = to - 1;
        while (si >= 0) {
            char c = Character.toLowerCase(sf.charAt(si));
            if (!Character.isLetterOrDigit(c)) {
                si--;
                continue;
            }
            while (li >= from && (Character.toLowerCase(text.charAt(li)) != c
                    || (si == 0 && li > from && Character.isLetterOrDigit(text.charAt(li - 1))))) {
                li--;
            }
            if (li < from) {
                return -1;
            }
            li--;
            si--;
        }
        int start = li + 1;
        while (start > from && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }
}
