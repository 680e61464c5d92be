package org.litlod.convert.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.litlod.convert.TextLine;

/**
 * The layout of a paper summary: the {@code # } title line, the lines before the first
 * {@code ## } heading (authors and header line), the sections, and the footer after a
 * {@code ---} rule.
 *
 * @param title     the title line, null when there is none
 * @param preamble  non-blank lines between the title and the first section
 * @param parts     the sections in order
 * @param footer    non-blank lines after the closing rule
 */
record SummaryLayout(TextLine title, List<TextLine> preamble, List<SummaryPart> parts,
                     List<TextLine> footer) {
    private static final Pattern RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})$");

    static SummaryLayout of(List<TextLine> lines) {
        TextLine title = null;
        List<TextLine> preamble = new ArrayList<>();
        List<SummaryPart> parts = new ArrayList<>();
        List<TextLine> footer = new ArrayList<>();
        String heading = null;
        int headingLine = 0;
        List<TextLine> body = new ArrayList<>();
        boolean inFooter = false;
        for (TextLine line : lines) {
            String s = line.trimmed();
            if (inFooter) {
                if (!s.isEmpty()) {
                    footer.add(line);
                }
            } else if (title == null && heading == null && s.startsWith("# ")) {
                title = new TextLine(line.number(), s.substring(2).strip());
            } else if (RULE.matcher(s).matches() && heading == null && parts.isEmpty()) {
                continue;
            } else if (s.startsWith("## ") || RULE.matcher(s).matches()) {
                if (heading != null) {
                    parts.add(new SummaryPart(heading, headingLine, body));
                }
                body = new ArrayList<>();
                heading = null;
                if (s.startsWith("## ")) {
                    heading = s.substring(3).strip();
                    headingLine = line.number();
                } else {
                    inFooter = true;
                }
            } else if (heading != null) {
                body.add(line);
            } else if (!s.isEmpty()) {
                preamble.add(line);
            }
        }
        if (heading != null) {
            parts.add(new SummaryPart(heading, headingLine, body));
        }
        return new SummaryLayout(title, preamble, parts, footer);
    }
}
