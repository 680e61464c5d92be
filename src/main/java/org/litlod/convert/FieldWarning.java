package org.litlod.convert;

/**
 * The warning for an optional field a converter leaves out because its value is malformed: the
 * document still loads without it. Formatted like a {@link ConversionException} message, so
 * users find both the same way: {@code LITLOD-CONVERT-8NN FILE[:LINE]: field "value" is not ...; left out}.
 */
public final class FieldWarning {
    /** A DOI that is not one ("10." prefix, registrant, "/", suffix). */
    public static final String BAD_DOI = "LITLOD-CONVERT-801";
    /** A PMID or PMCID that is not one. */
    public static final String BAD_ARTICLE_ID = "LITLOD-CONVERT-802";
    /** An ISSN of the wrong shape or with a wrong check digit. */
    public static final String BAD_ISSN = "LITLOD-CONVERT-803";
    /** A date that does not parse or is impossible (30 February, month 13). */
    public static final String BAD_DATE = "LITLOD-CONVERT-804";
    /** A number (citation count, figure count) that does not parse. */
    public static final String BAD_NUMBER = "LITLOD-CONVERT-805";

    /** An annotation's concept identifier that is not one of its type: the mention is kept without it. */
    public static final String BAD_CONCEPT_ID = "LITLOD-CONVERT-806";

    /** A relation without a type, or with fewer than two arguments whose identifiers read: the relation is left out. */
    public static final String BAD_RELATION = "LITLOD-CONVERT-807";

    private FieldWarning() {
    }

    /**
     * @param line  1-based line of the field, 0 when unknown
     * @param field the field ("DOI", "pub-date")
     * @param value the value as written
     * @param why   what is wrong ("is not a DOI")
     */
    public static String of(String id, String file, int line, String field, String value, String why) {
        return of(id, file, line, field, value, "", why);
    }

    /** As {@link #of(String, String, int, String, String, String)}, with where the field is (" of reference 3"). */
    public static String of(String id, String file, int line, String field, String value, String where, String why) {
        String place = line > 0 ? file + ":" + line : file;
        return id + " " + place + ": " + field + " \"" + shorten(value) + "\"" + where + " " + why + "; left out";
    }

    private static String shorten(String value) {
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        return v.length() <= 80 ? v : v.substring(0, 79) + "…";
    }
}
