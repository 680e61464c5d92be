package org.litlod.tag;

/**
 * What the {@link Tagger} does besides dictionary matching.
 *
 * @param speciesWords  tag common words for species ("patients" → human, "mice" → mouse)
 * @param abbreviations resolve short forms the text defines, and drop aliases it defines otherwise
 * @param variants      recognise protein variants and attach them to the nearest gene
 */
public record TaggerOptions(boolean speciesWords, boolean abbreviations, boolean variants) {

    /** Everything on. */
    public static final TaggerOptions DEFAULTS = new TaggerOptions(true, true, true);
}
