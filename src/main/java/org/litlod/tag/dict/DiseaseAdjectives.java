package org.litlod.tag.dict;

import java.util.List;

/**
 * The adjective of a one-word disease name, which texts use for the disease itself
 * ("hypertensive patients", "anaemic", "psychotic", "quadriplegic"): "-tension" → "-tensive",
 * "-emia" → "-emic", "-osis" → "-otic", "-plegia" → "-plegic", "-pathy" → "-pathic",
 * "-onism" → "-onian".
 */
final class DiseaseAdjectives {

    private static final List<String[]> ENDINGS = List.of(
            new String[] {"tension", "tensive"}, new String[] {"emia", "emic"},
            new String[] {"osis", "otic"}, new String[] {"plegia", "plegic"},
            new String[] {"pathy", "pathic"}, new String[] {"onism", "onian"});

    private DiseaseAdjectives() {
    }

    /** The adjective of {@code name}, or null when it is not one word with such an ending. */
    static String of(String name) {
        if (name.length() < 7 || !name.chars().allMatch(Character::isLetter)) {
            return null;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (String[] e : ENDINGS) {
            if (lower.endsWith(e[0])) {
                return name.substring(0, name.length() - e[0].length()) + e[1];
            }
        }
        return null;
    }
}
