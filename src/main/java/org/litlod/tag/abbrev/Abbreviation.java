package org.litlod.tag.abbrev;

/**
 * A short form defined in a text by its long form: "long form (SF)".
 *
 * @param shortForm the short form as written ("NSCLC")
 * @param longForm  the long form as written ("non-small-cell lung cancer")
 * @param longStart offset of the long form
 * @param longEnd   offset after the long form
 * @param shortStart offset of the short form (inside the brackets)
 * @param shortEnd   offset after the short form
 */
public record Abbreviation(String shortForm, String longForm, int longStart, int longEnd,
                           int shortStart, int shortEnd) {
}
