package org.litlod.model;

import java.util.List;

/**
 * One entry of a reference list, parsed into its bibliographic parts. Any part may be null
 * when the entry does not give it.
 *
 * @param number     position in the list (1-based), as printed
 * @param text       the entry exactly as written
 * @param authors    authors in order ("Dagogo-Jack I")
 * @param etAl       whether the list of authors was truncated ("et al.")
 * @param title      article title
 * @param journal    journal abbreviation or title
 * @param year       year of publication
 * @param volume     volume
 * @param issue      issue
 * @param supplement supplement ("Suppl 3")
 * @param pages      pages ("1011-1019")
 * @param ids        DOI / PMID / PMCID when the entry gives them
 * @param note       editorial notes in the entry ("published correction appears in ...")
 */
public record Reference(int number, String text, List<String> authors, boolean etAl, String title,
                        String journal, Integer year, String volume, String issue,
                        String supplement, String pages, DocumentIds ids, String note) {
    public Reference {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty reference");
        }
        authors = authors == null ? List.of() : List.copyOf(authors);
        ids = ids == null ? DocumentIds.NONE : ids;
    }
}
