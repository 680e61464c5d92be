package org.litlod.convert.webarticle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.model.Paragraph;

/**
 * Removes the numbered citation markers at the end of a paragraph ("… patients. 1",
 * "… sites. 2,3", "… outcomes [1-3].") and records the numbers they cite.
 */
final class CitationMarkers {
    private static final String NUMBERS = "(\\d{1,3}(?:\\s*[,\u2013-]\\s*\\d{1,3})*)";
    /** A bare marker after the sentence's final punctuation. */
    private static final Pattern BARE = Pattern.compile("^(.*[.!?\"\u201D)\\]])\\s+" + NUMBERS + "$", Pattern.DOTALL);
    /** A bracketed marker, before or after the final punctuation. */
    private static final Pattern BRACKETED = Pattern.compile("^(.*?)\\s*\\[" + NUMBERS + "\\]\\s*([.!?]?)$", Pattern.DOTALL);

    private CitationMarkers() {
    }

    /**
     * The paragraph for the text, its trailing markers removed when they cite numbers between
     * 1 and {@code references} (bare markers count only when there is a reference list).
     */
    static Paragraph paragraph(String text, int references) {
        String s = text.strip();
        Matcher m = BRACKETED.matcher(s);
        if (m.matches() && !m.group(1).isBlank()) {
            List<Integer> cited = numbers(m.group(2));
            if (!cited.isEmpty() && (references == 0 || inRange(cited, references))) {
                return new Paragraph(m.group(1) + m.group(3), cited);
            }
        }
        m = BARE.matcher(s);
        if (references > 0 && m.matches()) {
            List<Integer> cited = numbers(m.group(2));
            if (inRange(cited, references)) {
                return new Paragraph(m.group(1), cited);
            }
        }
        return Paragraph.of(s);
    }

    /** The numbers a marker names, ranges expanded; empty when a range runs backwards. */
    private static List<Integer> numbers(String marker) {
        List<Integer> out = new ArrayList<>();
        for (String part : marker.split("\\s*,\\s*")) {
            String[] range = part.split("\\s*[\u2013-]\\s*");
            int from = Integer.parseInt(range[0].strip());
            int to = Integer.parseInt(range[range.length - 1].strip());
            if (to < from || to - from > 50) {
                return List.of();
            }
            for (int n = from; n <= to; n++) {
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    private static boolean inRange(List<Integer> cited, int references) {
        return !cited.isEmpty() && cited.stream().allMatch(n -> n >= 1 && n <= references);
    }
}
