package org.litlod.model;

/**
 * Where a document was published. Any field may be null.
 *
 * @param journal    journal title as written ("Leukemia")
 * @param issn       ISSN if given
 * @param volume     volume
 * @param issue      issue number
 * @param supplement supplement designation ("Suppl 3")
 * @param pages      page range or article number ("iii42-iii50")
 */
public record Venue(String journal, String issn, String volume, String issue, String supplement,
                    String pages) {
    public static Venue journal(String title) {
        return new Venue(title, null, null, null, null, null);
    }
}
