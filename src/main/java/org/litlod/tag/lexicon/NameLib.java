package org.litlod.tag.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small helpers on the names of concepts. */
final class NameLib {

    private NameLib() {
    }

    /** The preferred name followed by the other names, without repeats. */
    static List<String> allNames(Concept c) {
        Set<String> all = new LinkedHashSet<>();
        if (c.preferred() != null) {
            all.add(c.preferred());
        }
        all.addAll(c.names());
        return new ArrayList<>(all);
    }

    /** The key names are compared by, case-insensitively. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** Splits a "|"-separated list, dropping blanks and "-". */
    static List<String> split(String joined, String separatorRegex) {
        List<String> out = new ArrayList<>();
        if (joined == null || joined.isBlank() || joined.equals("-")) {
            return out;
        }
        for (String s : joined.split(separatorRegex)) {
            String t = s.trim();
            if (!t.isEmpty() && !t.equals("-")) {
                out.add(t);
            }
        }
        return out;
    }
}
