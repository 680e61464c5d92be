package org.litlod.tag.lexicon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What went into a lexicon build, as named counts in the order they were made. */
public final class LexiconReport {

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void count(String what, int n) {
        counts.merge(what, n, Integer::sum);
    }

    /** The counts, by what they count. */
    public Map<String, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(String.format("%,12d  %s%n", v, k)));
        return b.toString();
    }
}
