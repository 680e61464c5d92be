package org.litlod.tag.eval;

/**
 * Why a gold mention or gold document-level identifier was missed, to show which lever would
 * recover it. A missed mention gets the first category that applies, in this order:
 * <ol>
 *   <li>{@link #ABSENT}: none of its gold identifiers is an identifier of a concept of the
 *       lexicon, directly or through the lexicon's cross-links (a mention whose gold has no
 *       identifier, CDR's "-1", is ABSENT too: there is nothing to look up);</li>
 *   <li>its text, as the tagger normalises it, is not a name of those concepts:
 *       {@link #ABBREVIATION} when the text is a short form, else {@link #VARIANT};</li>
 *   <li>its text is a name of the concept: {@link #BOUNDARY} when the tagger found a mention of
 *       the same type overlapping it on another span, else {@link #OTHER}.</li>
 * </ol>
 * A missed document-level identifier is ABSENT when no concept has it; otherwise it takes the
 * category of its mention in that document that came nearest to being found, in the order
 * BOUNDARY, OTHER, VARIANT, ABBREVIATION, judged against the concepts of that identifier only
 * (so a mention found on its exact span but normalised to another concept is VARIANT or
 * ABBREVIATION when its text is not a name of the gold concept, OTHER when it is).
 */
public enum ErrorCategory {
    /** The gold identifier is in no concept of the lexicon. */
    ABSENT("identifier not in the lexicon"),
    /** The identifier is in the lexicon, the mention text is not one of its names. */
    VARIANT("name variant not in the lexicon"),
    /** As VARIANT, and the text is a short form. */
    ABBREVIATION("short form not in the lexicon"),
    /** The text is a name of the concept; a found mention of the type overlaps it on another span. */
    BOUNDARY("overlapping mention with other boundaries"),
    /** The text is a name of the concept and nothing overlapping was found, or the identifier was another. */
    OTHER("name in the lexicon, not found or normalised elsewhere");

    private final String description;

    ErrorCategory(String description) {
        this.description = description;
    }

    /** What the category means, in a few words. */
    public String description() {
        return description;
    }

    /**
     * Whether {@code text} is a short form: it has a letter and either no lower-case letter
     * ("5-FU", "MDS") or at most 6 characters with an upper-case letter ("CsA", "Hb"), except a
     * capitalised word of four letters or more ("Tumor", "Cancer").
     */
    public static boolean isShortForm(String text) {
        boolean letter = false;
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            letter |= Character.isLetter(c);
            lower |= Character.isLowerCase(c);
            upper |= Character.isUpperCase(c);
        }
        if (!letter) {
            return false;
        }
        if (!lower) {
            return true;
        }
        return text.length() <= 6 && upper && !isCapitalisedWord(text);
    }

    private static boolean isCapitalisedWord(String text) {
        if (text.length() < 4 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
