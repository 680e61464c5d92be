package org.litlod.tag;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-word scientific name of a species, "Plasmodium falciparum": a capitalised genus and a
 * lower-case epithet. Names with more words (strains, subspecies), other shapes, or a second
 * word that names a kind of thing ("Ebola virus") are not binomials.
 *
 * @param genus   the genus ("Plasmodium")
 * @param epithet the specific epithet ("falciparum")
 */
record Binomial(String genus, String epithet) {

    private static final Pattern SHAPE = Pattern.compile("(\\p{Lu}\\p{Ll}+) (\\p{Ll}[\\p{Ll}-]*\\p{Ll})");
    /** Second words that make a common name, not an epithet ("Ebola virus", "Lambda phage"). */
    private static final Pattern NOT_EPITHET = Pattern.compile(".*(?:virus|viruses|phage|viroid)|spp?|cf|aff");

    /** The binomial {@code name} is, or null. */
    static Binomial of(String name) {
        Matcher m = SHAPE.matcher(name.strip());
        return m.matches() && !NOT_EPITHET.matcher(m.group(2)).matches() ? new Binomial(m.group(1), m.group(2)) : null;
    }

    /** The first binomial among {@code names} (a concept's preferred name comes first), or null. */
    static Binomial first(List<String> names) {
        for (String n : names) {
            Binomial b = of(n);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    /**
     * A pattern for the abbreviated name in running text: the genus initial, a full stop and/or a
     * space, then the epithet ("P. falciparum", "P falciparum", "P.falciparum"), as whole words.
     */
    Pattern abbreviated() {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + genus.charAt(0) + "(?:\\.[ \\u00a0]?|[ \\u00a0])"
                + Pattern.quote(epithet) + "(?![\\p{L}\\p{N}])");
    }

    /** A pattern for the genus alone as a whole word, not followed by "sp." or "spp.". */
    Pattern genusAlone() {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(genus)
                + "(?![\\p{L}\\p{N}])(?![ \\u00a0]spp?\\b)");
    }

    /**
     * A pattern for any abbreviated binomial of this genus initial, with a full stop ("P. vivax"):
     * group 1 is the epithet.
     */
    Pattern anyAbbreviatedOfInitial() {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + genus.charAt(0) + "\\.[ \\u00a0]?(\\p{Ll}[\\p{Ll}-]*\\p{Ll})"
                + "(?![\\p{L}\\p{N}])");
    }

    /** The abbreviated form's key, "P falciparum". */
    String abbreviationKey() {
        return genus.charAt(0) + " " + epithet;
    }
}
