package org.litlod.convert.pubmed;

import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.DateParser;
import org.litlod.convert.XmlNode;
import org.litlod.model.PublicationDate;

/**
 * The publication date of a PubMed article: the journal issue's {@code <PubDate>} (year, month
 * as a name or number, day; or a free {@code <MedlineDate>} such as "1978 Jul-Sep", read to the
 * precision it clearly gives), else the electronic {@code <ArticleDate>}.
 */
final class PubMedDates {
    private static final Pattern MEDLINE = Pattern.compile("(\\d{4})(?:\\s+([A-Za-z]{3,9})(?:\\s+(\\d{1,2}))?)?(.*)");

    private PubMedDates() {
    }

    static PublicationDate published(XmlNode article) {
        XmlNode pub = article.find("Journal/JournalIssue/PubDate");
        PublicationDate d = pub == null ? null : of(pub);
        if (d == null) {
            XmlNode electronic = article.child("ArticleDate");
            d = electronic == null ? null : of(electronic);
        }
        return d;
    }

    private static PublicationDate of(XmlNode date) {
        String medline = date.textAt("MedlineDate");
        if (medline != null) {
            return medline(medline);
        }
        String year = date.textAt("Year");
        if (year == null || !year.matches("\\d{4}")) {
            return null;
        }
        Integer month = month(date.textAt("Month"));
        String day = date.textAt("Day");
        try {
            return new PublicationDate(Integer.parseInt(year), month,
                    month != null && day != null && day.matches("\\d{1,2}") ? Integer.valueOf(day) : null);
        } catch (DateTimeException | IllegalArgumentException e) {
            return PublicationDate.ofYear(Integer.parseInt(year));
        }
    }

    /** "1978 Jul-Sep" gives 1978; "2001 Mar" gives 2001-03; "2001 Mar 5" gives 2001-03-05. */
    private static PublicationDate medline(String text) {
        Matcher m = MEDLINE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        boolean exact = m.group(4).isBlank();
        Integer month = m.group(2) == null ? null : DateParser.month(m.group(2));
        if (!exact || month == null) {
            return PublicationDate.ofYear(year);
        }
        try {
            return new PublicationDate(year, month, m.group(3) == null ? null : Integer.valueOf(m.group(3)));
        } catch (DateTimeException | IllegalArgumentException e) {
            return PublicationDate.ofYear(year);
        }
    }

    private static Integer month(String text) {
        if (text == null) {
            return null;
        }
        if (text.matches("\\d{1,2}")) {
            int m = Integer.parseInt(text);
            return m >= 1 && m <= 12 ? m : null;
        }
        return DateParser.month(text);
    }
}
