package org.litlod.tag.lexicon;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OMIM titles as MEDIC carries them: in capitals ("COMPLEMENT COMPONENT 2 DEFICIENCY"), which the
 * dictionary would take for a symbol to match only as written. {@link #readable} lowers the
 * words and keeps what reads as a symbol: groups with digits ("BRCA1", "SRXX1"), of one or two
 * letters ("XX"), or without a vowel ("SRY").
 */
final class OmimNames {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
    private static final Set<String> SMALL_WORDS = Set.of("A", "AN", "AND", "BY", "FOR", "IN", "OF", "ON",
            "OR", "THE", "TO", "WITH");
    private static final Pattern VOWEL = Pattern.compile("[AEIOU]");
    private static final String INCLUDED = ", INCLUDED";

    private OmimNames() {
    }

    /** The name with its capitalised words in lower case, unless written in mixed case already. */
    static String readable(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        Matcher m = WORD.matcher(name);
        StringBuilder out = new StringBuilder(name.length());
        while (m.find()) {
            String w = m.group();
            boolean word = w.chars().allMatch(Character::isLetter)
                    && (SMALL_WORDS.contains(w) || w.length() >= 3 && VOWEL.matcher(w).find());
            m.appendReplacement(out, Matcher.quoteReplacement(word ? w.toLowerCase(Locale.ROOT) : w));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Whether an OMIM synonym is a usable name of the entry: not a condition OMIM includes under
     * it ("..., INCLUDED"), and of more than one word; OMIM's one-word aliases are symbols
     * ("PPR1", "CBD", "CAS") or broad words ("PHOTOSENSITIVITY") that name other things in text.
     */
    static boolean isUsableSynonym(String synonym) {
        String s = synonym.strip();
        return !s.toUpperCase(Locale.ROOT).endsWith(INCLUDED) && s.indexOf(' ') > 0;
    }
}
