package org.litlod.convert;

import java.util.ArrayList;
import java.util.List;

/** Splits an input text into numbered lines and into blocks separated by blank lines. */
public final class TextBlocks {
    private TextBlocks() {
    }

    /**
     * Whether the text opens as markup or JSON (its first character other than whitespace or a
     * byte-order mark is an angle bracket or an opening brace): then it is none of the formats of
     * plain lines (paper summary, portal record, web article), whose detectors need not read it.
     */
    public static boolean opensAsMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '<' || c == '{';
            }
        }
        return false;
    }

    /** Every line of the text with its 1-based number (CR LF, CR and LF all end a line). */
    public static List<TextLine> lines(String text) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<TextLine> out = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            out.add(new TextLine(i + 1, raw[i]));
        }
        return out;
    }

    /** The blocks of non-blank lines of the text, in order. */
    public static List<TextBlock> blocks(String text) {
        return blocks(lines(text));
    }

    /** The blocks of non-blank lines among the given lines, in order. */
    public static List<TextBlock> blocks(List<TextLine> lines) {
        List<TextBlock> out = new ArrayList<>();
        List<TextLine> current = new ArrayList<>();
        for (TextLine line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    out.add(new TextBlock(current));
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            out.add(new TextBlock(current));
        }
        return out;
    }
}
