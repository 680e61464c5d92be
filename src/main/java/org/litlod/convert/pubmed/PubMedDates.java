package org.litlod.convert.pubmed;

import java.time.DateTimeException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.DateParser;
import org.litlod.convert.FieldWarning;
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

    /**
     * The date; a date that cannot be read is left out (an impossible month or day leaves the
     * year), with a warning to {@code warnings} naming the file and line.
     */
    static PublicationDate published(XmlNode article, String file, Consumer<String> warnings) {
        XmlNode pub = article.find("Journal/JournalIssue/PubDate");
        PublicationDate d = pub == null ? null : of(pub, file, warnings);
        if (d == null) {
            XmlNode electronic = article.child("ArticleDate");
            d = electronic == null ? null : of(electronic, file, warnings);
        }
        return d;
    }

    private static PublicationDate of(XmlNode date, String file, Consumer<String> warnings) {
        String medline = date.textAt("MedlineDate");
        if (medline != null) {
            PublicationDate d = medline(medline);
            if (d == null) {
                warnings.accept(FieldWarning.of(FieldWarning.BAD_DATE, file, date.line(), "MedlineDate", medline,
                        "is not a date"));
            }
            return d;
        }
        String year = date.textAt("Year");
        if (year == null) {
            return null;
        }
        String written = year + (date.textAt("Month") == null ? "" : " " + date.textAt("Month"))
                + (date.textAt("Day") == null ? "" : " " + date.textAt("Day"));
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < 1000) {
            warnings.accept(FieldWarning.of(FieldWarning.BAD_DATE, file, date.line(), date.name(), written,
                    "is not a date"));
            return null;
        }
        Integer month = month(date.textAt("Month"));
        String day = date.textAt("Day");
        try {
            if (date.textAt("Month") != null && month == null || day != null && !day.matches("\\d{1,2}")) {
                throw new IllegalArgumentException(written);
            }
            return new PublicationDate(Integer.parseInt(year), month, month != null && day != null ? Integer.valueOf(day) : null);
        } catch (DateTimeException | IllegalArgumentException e) {
            warnings.accept(FieldWarning.of(FieldWarning.BAD_DATE, file, date.line(), date.name(), written,
                    "is not a date (the year is kept)"));
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
