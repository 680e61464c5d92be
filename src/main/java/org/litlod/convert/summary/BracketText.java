package org.litlod.convert.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text on a separator character only where it is outside (), [] and {}; the pieces are
 * trimmed and empty ones dropped.
 */
final class BracketText {
    private BracketText() {
    }

    /**
     * The pieces of the text between top-level separators.
     *
     * @return the pieces, or null when the brackets do not balance
     */
    static List<String> split(String text, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth < 0) {
                    return null;
                }
            }
            if (c == separator && depth == 0) {
                add(out, current);
                current = new StringBuilder();
            } else {
                current.append(c);
            }
        }
        if (depth != 0) {
            return null;
        }
        add(out, current);
        return out;
    }

    /** The index of the bracket that closes the one at {@code open}, or -1. */
    static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static void add(List<String> out, StringBuilder piece) {
        String s = piece.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
