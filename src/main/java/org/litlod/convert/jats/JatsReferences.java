package org.litlod.convert.jats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.XmlNode;
import org.litlod.model.DocumentIds;
import org.litlod.model.Reference;

/**
 * The reference list of a JATS article, parsed from {@code element-citation},
 * {@code mixed-citation} or {@code citation}: authors, title, source, year, volume, issue, pages,
 * PMID, DOI and PMCID; and the number of each reference by its {@code id}, for citations in the
 * body.
 */
final class JatsReferences {
    private static final Set<String> CITATIONS =
            Set.of("element-citation", "mixed-citation", "citation", "nlm-citation");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private final List<Reference> references;
    private final Map<String, Integer> numbers;

    private JatsReferences(List<Reference> references, Map<String, Integer> numbers) {
        this.references = references;
        this.numbers = numbers;
    }

    static JatsReferences of(XmlNode back) {
        List<Reference> out = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        if (back != null) {
            for (XmlNode ref : back.descendants("ref")) {
                XmlNode c = ref.elements().stream().filter(e -> CITATIONS.contains(e.name())).findFirst().orElse(null);
                if (c == null) {
                    continue;
                }
                Reference r = reference(out.size() + 1, c);
                if (r != null) {
                    out.add(r);
                    if (ref.attr("id") != null) {
                        numbers.put(ref.attr("id"), r.number());
                    }
                }
            }
        }
        return new JatsReferences(out, numbers);
    }

    List<Reference> references() {
        return references;
    }

    /** The number of the reference with this id, or null. */
    Integer number(String id) {
        return numbers.get(id);
    }

    private static Reference reference(int number, XmlNode c) {
        List<String> authors = new ArrayList<>();
        for (XmlNode n : c.descendants("name")) {
            String surname = n.textAt("surname");
            String given = n.textAt("given-names");
            if (surname != null) {
                authors.add(given == null ? surname : surname + " " + given);
            }
        }
        for (XmlNode collab : c.descendants("collab")) {
            if (collab.cleanText() != null) {
                authors.add(collab.cleanText());
            }
        }
        String title = c.textAt("article-title");
        if (title == null) {
            title = c.textAt("chapter-title");
        }
        String source = c.textAt("source");
        String yearText = c.textAt("year");
        Matcher y = yearText == null ? null : YEAR.matcher(yearText);
        Integer year = y != null && y.find() ? Integer.valueOf(y.group(1)) : null;
        String fpage = c.textAt("fpage");
        String lpage = c.textAt("lpage");
        String pages = fpage == null ? c.textAt("elocation-id")
                : fpage + (lpage == null || lpage.equals(fpage) ? "" : "-" + lpage);
        String pmid = null;
        String doi = null;
        String pmcid = null;
        for (XmlNode id : c.descendants("pub-id")) {
            String v = id.cleanText();
            switch (String.valueOf(id.attr("pub-id-type"))) {
                case "pmid" -> pmid = v;
                case "doi" -> doi = v;
                case "pmcid", "pmc" -> pmcid = v;
                default -> { }
            }
        }
        boolean running = c.content().stream().anyMatch(o -> o instanceof String t && !t.isBlank());
        String text = running ? c.cleanText() : written(authors, title, source, year, c, pages);
        if (text == null) {
            return null;
        }
        return new Reference(number, text, authors, c.descendants("etal").size() > 0, title, source, year,
                c.textAt("volume"), c.textAt("issue"), null, pages, new DocumentIds(doi, pmid, pmcid), null);
    }

    /** A readable citation for a structured element-citation, which has no running text. */
    private static String written(List<String> authors, String title, String source, Integer year, XmlNode c,
                                  String pages) {
        List<String> parts = new ArrayList<>();
        if (!authors.isEmpty()) {
            parts.add(String.join(", ", authors));
        }
        if (title != null) {
            parts.add(title);
        }
        StringBuilder where = new StringBuilder(source == null ? "" : source);
        if (year != null) {
            where.append(where.isEmpty() ? "" : " ").append(year);
        }
        if (c.textAt("volume") != null) {
            where.append(where.isEmpty() ? "" : ";").append(c.textAt("volume"));
            if (c.textAt("issue") != null) {
                where.append('(').append(c.textAt("issue")).append(')');
            }
        }
        if (pages != null) {
            where.append(':').append(pages);
        }
        if (!where.isEmpty()) {
            parts.add(where.toString());
        }
        String text = String.join(". ", parts);
        return text.isBlank() ? XmlNode.clean(c.text()) : text;
    }
}
