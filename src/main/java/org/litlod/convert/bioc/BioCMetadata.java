package org.litlod.convert.bioc;

import java.util.List;
import java.util.Map;
import org.litlod.convert.DateParser;
import org.litlod.convert.FieldWarning;
import org.litlod.model.PublicationDate;
import java.util.Optional;
import org.litlod.model.Author;
import org.litlod.model.DocumentBuilder;
import org.litlod.model.DocumentIds;
import org.litlod.model.Venue;

/**
 * The bibliographic details of a BioC document, wherever the source puts them: PubTator3's extra
 * JSON fields (pmid, pmcid, journal, date, authors), the document infons (doi) and the infons of
 * the title passage ("article-id_pmid", "article-id_pmc", "article-id_doi", "authors",
 * "name_0" as "surname:…;given-names:…", "source", "volume", "issue", "fpage", "lpage", "year").
 */
final class BioCMetadata {
    private BioCMetadata() {
    }

    /** Fills the builder; a date that does not parse is left out with a warning naming {@code file} and the document's line. */
    static void fill(BioCDocument d, DocumentBuilder b, String file) {
        Map<String, String> front = d.passages().isEmpty() ? Map.of() : d.passages().get(0).infons();
        Map<String, Object> meta = d.meta();
        String pmid = first(text(meta.get("pmid")), front.get("article-id_pmid"),
                d.id() != null && d.id().matches("\\d+") ? d.id() : null);
        String pmcid = first(text(meta.get("pmcid")), front.get("article-id_pmc"));
        String id = text(meta.get("id"));
        String doi = first(d.infons().get("doi"), front.get("article-id_doi"),
                id != null && id.startsWith("10.") ? id : null);
        b.ids(new DocumentIds(doi, pmid, pmcid)); // checked, with warnings, by OptionalFields
        authors(meta, front, b);
        String journal = first(text(meta.get("journal")), front.get("source"));
        String pages = front.get("fpage") == null ? null
                : front.get("fpage") + (front.get("lpage") == null ? "" : "-" + front.get("lpage"));
        if (journal != null || front.get("volume") != null) {
            b.venue(new Venue(journal, null, front.get("volume"), front.get("issue"), null, pages));
        }
        String date = text(meta.get("date"));
        String field = "date";
        if (date == null || date.isBlank()) {
            date = front.get("year");
            field = "year infon";
        }
        if (date != null && !date.isBlank()) {
            String value = date.strip();
            Optional<PublicationDate> parsed = DateParser.parse(value)
                    .or(() -> value.length() > 10 ? DateParser.parse(value.substring(0, 10)) : Optional.empty());
            if (parsed.isPresent()) {
                b.published(parsed.get());
            } else {
                b.warning(FieldWarning.of(FieldWarning.BAD_DATE, file, d.line(), field, value,
                        d.id() == null ? "" : " of document " + d.id(), "is not a date"));
            }
        }
    }

    private static void authors(Map<String, Object> meta, Map<String, String> front, DocumentBuilder b) {
        if (meta.get("authors") instanceof List<?> list && !list.isEmpty()) {
            list.stream().map(String::valueOf).filter(s -> !s.isBlank())
                    .forEach(s -> b.author(Author.named(s.strip())));
            return;
        }
        if (front.get("authors") != null) {
            for (String s : front.get("authors").split(",\\s*")) {
                if (!s.isBlank()) {
                    b.author(Author.named(s.strip()));
                }
            }
            return;
        }
        for (int i = 0; front.containsKey("name_" + i); i++) {
            String surname = null;
            String given = null;
            for (String part : front.get("name_" + i).split(";")) {
                if (part.startsWith("surname:")) {
                    surname = part.substring(8).strip();
                } else if (part.startsWith("given-names:")) {
                    given = part.substring(12).strip();
                }
            }
            if (surname != null && !surname.isEmpty()) {
                String name = given == null || given.isEmpty() ? surname : given + " " + surname;
                b.author(new Author(name, given, surname, null, List.of()));
            }
        }
    }

    private static String text(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !v.equals("None") && !v.equals("null")) {
                return v.strip();
            }
        }
        return null;
    }
}
