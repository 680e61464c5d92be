package org.litlod.convert.jats;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import org.litlod.convert.DateParser;
import org.litlod.convert.FieldWarning;
import org.litlod.convert.XmlNode;
import org.litlod.model.DocumentBuilder;
import org.litlod.model.DocumentIds;
import org.litlod.model.PublicationDate;
import org.litlod.model.Venue;

/**
 * The front matter of a JATS article: identifiers, authors (see {@link JatsAuthors}), journal, volume, issue, pages, publication date, subjects and the abstract (sections of a
 * structured abstract kept as "Title: text", a blank line apart).
 */
final class JatsFront {
        private static final List<String> DATE_PREFERENCE = List.of("ppub", "epub", "collection", "pub", "epub-ppub");

    private JatsFront() {
    }

    static void fill(XmlNode front, XmlNode meta, DocumentBuilder b, String file) {
        String pmid = null;
        String pmcid = null;
        String doi = null;
        for (XmlNode id : meta.children("article-id")) {
            String v = id.cleanText();
            switch (String.valueOf(id.attr("pub-id-type"))) {
                case "pmid" -> pmid = v;
                case "pmc", "pmcid" -> pmcid = v;
                case "doi" -> doi = v;
                default -> { }
            }
        }
        b.ids(new DocumentIds(doi, pmid, pmcid));
        JatsAuthors.of(front, meta).forEach(b::author);
        XmlNode journal = front.child("journal-meta");
        String title = journal == null ? null : journal.textAt("journal-title-group/journal-title");
        if (title == null && journal != null) {
            title = journal.textAt("journal-title");
        }
        String fpage = meta.textAt("fpage");
        String lpage = meta.textAt("lpage");
        String pages = fpage == null ? meta.textAt("elocation-id")
                : fpage + (lpage == null || lpage.equals(fpage) ? "" : "-" + lpage);
        Venue venue = new Venue(title, journal == null ? null : journal.textAt("issn"), meta.textAt("volume"),
                meta.textAt("issue"), null, pages);
        if (!venue.equals(new Venue(null, null, null, null, null, null))) {
            b.venue(venue);
        }
        b.published(date(meta, file, b));
        for (XmlNode subject : meta.findAll("article-categories/subj-group/subject")) {
            if (subject.cleanText() != null) {
                b.subject(subject.cleanText());
            }
        }
        String abstractText = abstractText(meta);
        if (abstractText != null) {
            b.abstractText(abstractText);
        }
    }

    private static PublicationDate date(XmlNode meta, String file, DocumentBuilder b) {
        List<XmlNode> dates = meta.children("pub-date");
        for (String type : DATE_PREFERENCE) {
            for (XmlNode d : dates) {
                if (type.equals(d.attr("pub-type")) || type.equals(d.attr("date-type"))) {
                    PublicationDate p = pubDate(d, file, b);
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return dates.isEmpty() ? null : pubDate(dates.get(0), file, b);
    }

    /**
     * The date of a pub-date element; a year that is not one leaves the date out, a month or day
     * that is impossible leaves the year alone, each with a warning.
     */
    private static PublicationDate pubDate(XmlNode d, String file, DocumentBuilder b) {
        String year = d.textAt("year");
        if (year == null) {
            return null;
        }
        String month = d.textAt("month");
        String day = d.textAt("day");
        String written = year + (month == null ? "" : "-" + month) + (day == null ? "" : "-" + day);
        if (!year.matches("\\d{4}") || Integer.parseInt(year) < 1000) {
            b.warning(FieldWarning.of(FieldWarning.BAD_DATE, file, d.line(), "pub-date", written, "is not a date"));
            return null;
        }
        Integer m = month == null ? null : month.matches("\\d{1,2}") ? Integer.valueOf(month) : DateParser.month(month);
        try {
            if (month != null && m == null || day != null && !day.matches("\\d{1,2}")) {
                throw new IllegalArgumentException(written);
            }
            return new PublicationDate(Integer.parseInt(year), m, m != null && day != null ? Integer.valueOf(day) : null);
        } catch (DateTimeException | IllegalArgumentException e) {
            b.warning(FieldWarning.of(FieldWarning.BAD_DATE, file, d.line(), "pub-date", written,
                    "is not a date (the year is kept)"));
            return PublicationDate.ofYear(Integer.parseInt(year));
        }
    }

    private static String abstractText(XmlNode meta) {
        List<XmlNode> abstracts = meta.children("abstract");
        XmlNode a = abstracts.stream().filter(x -> x.attr("abstract-type") == null).findFirst()
                .orElse(abstracts.isEmpty() ? null : abstracts.get(0));
        if (a == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (XmlNode part : a.elements()) {
            if (part.name().equals("sec")) {
                String heading = part.textAt("title");
                String text = XmlNode.clean(String.join(" ", part.children("p").stream()
                        .map(XmlNode::cleanText).filter(t -> t != null).toList()));
                if (text != null) {
                    parts.add(heading == null ? text : heading + ": " + text);
                }
            } else if (part.name().equals("p")) {
                String text = part.cleanText();
                if (text != null) {
                    parts.add(text);
                }
            }
        }
        return parts.isEmpty() ? null : String.join("\n\n", parts);
    }
}
