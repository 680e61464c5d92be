package org.litlod.convert.webarticle;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.litlod.convert.DateParser;
import org.litlod.convert.TextLine;
import org.litlod.model.PublicationDate;

/**
 * The head of a web article: the title (the first non-blank line) and the date on the next
 * non-blank line ("Jan 16,2024", "Published: 16 January 2024").
 *
 * @param title the title line, null when the text is blank
 * @param date  the date, null when the line after the title is not one
 * @param end   index of the first line after the head
 */
record ArticleHead(TextLine title, PublicationDate date, int end) {
    private static final Pattern DATE_PREFIX = Pattern.compile("(?i)^(Published|Updated|Posted|Date)(\\s+on)?\\s*:?\\s*");

    static ArticleHead of(List<TextLine> lines) {
        int i = next(lines, 0);
        if (i >= lines.size()) {
            return new ArticleHead(null, null, lines.size());
        }
        TextLine title = new TextLine(lines.get(i).number(), lines.get(i).trimmed());
        int j = next(lines, i + 1);
        Optional<PublicationDate> date = j < lines.size() ? date(lines.get(j).trimmed()) : Optional.empty();
        return date.map(d -> new ArticleHead(title, d, j + 1)).orElse(new ArticleHead(title, null, i + 1));
    }

    /** The date a line gives, alone or after "Published:". */
    static Optional<PublicationDate> date(String line) {
        return DateParser.parse(DATE_PREFIX.matcher(line).replaceFirst(""));
    }

    private static int next(List<TextLine> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
