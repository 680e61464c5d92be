package org.litlod.convert;

/**
 * Checks and normalises the article identifiers sources write: a PMID is digits; a PMCID gets its
 * "PMC" prefix ("2599765" and "PMC2599765" both give "PMC2599765"). Anything else gives null.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** The PMID, or null when the text is not one. */
    public static String pmid(String text) {
        String s = text == null ? null : text.strip();
        return s != null && s.matches("[1-9]\\d{0,11}") ? s : null;
    }

    /** The PMCID with its "PMC" prefix, or null when the text is not one. */
    public static String pmcid(String text) {
        String s = text == null ? null : text.strip();
        if (s == null || !s.matches("(?:PMC)?[1-9]\\d{0,11}")) {
            return null;
        }
        return s.startsWith("PMC") ? s : "PMC" + s;
    }
}
