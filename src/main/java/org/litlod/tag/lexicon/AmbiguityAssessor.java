package org.litlod.tag.lexicon;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litlod.model.EntityType;

/**
 * Flags the names of a lexicon that are risky to tag alone (see {@link Ambiguity}): short or
 * all-lower-case gene symbols and aliases (never the full name), names shared by several concepts, and names on the stop-list or
 * the curated list of ambiguous aliases.
 */
public final class AmbiguityAssessor {

    private final Set<String> stoplist;
    private final Set<String> curated;

    /**
     * @param stoplist names (exact case) that are common words or units
     * @param curated  names (exact case) known to have another common sense
     */
    public AmbiguityAssessor(Set<String> stoplist, Set<String> curated) {
        this.stoplist = Set.copyOf(stoplist);
        this.curated = Set.copyOf(curated);
    }

    /** The flags of every name of {@code concepts} that has at least one. */
    public Map<String, Set<Ambiguity>> assess(List<Concept> concepts) {
        Map<String, Integer> owners = new HashMap<>(concepts.size() * 4);
        for (Concept c : concepts) {
            Set<String> keys = new HashSet<>();
            for (String n : NameLib.allNames(c)) {
                keys.add(NameLib.key(n));
            }
            for (String k : keys) {
                owners.merge(k, 1, Integer::sum);
            }
        }
        Map<String, Set<Ambiguity>> flags = new HashMap<>();
        for (Concept c : concepts) {
            boolean gene = c.type() == EntityType.GENE;
            for (String n : NameLib.allNames(c)) {
                EnumSet<Ambiguity> set = EnumSet.noneOf(Ambiguity.class);
                boolean alias = gene && !n.equals(c.preferred());
                if (alias && n.codePointCount(0, n.length()) <= 2) {
                    set.add(Ambiguity.SHORT);
                }
                if (alias && isLowercaseWord(n)) {
                    set.add(Ambiguity.LOWERCASE_WORD);
                }
                if (owners.getOrDefault(NameLib.key(n), 0) > 1) {
                    set.add(Ambiguity.SHARED);
                }
                if (stoplist.contains(n)) {
                    set.add(Ambiguity.STOPLIST);
                }
                if (curated.contains(n)) {
                    set.add(Ambiguity.CURATED);
                }
                if (!set.isEmpty()) {
                    flags.computeIfAbsent(n, k -> EnumSet.noneOf(Ambiguity.class)).addAll(set);
                }
            }
        }
        return flags;
    }

    /** Letters only, all lower case, at least two of them ("tau", "cat"). */
    static boolean isLowercaseWord(String name) {
        if (name.length() < 2) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (!Character.isLetter(ch) || !Character.isLowerCase(ch)) {
                return false;
            }
        }
        return true;
    }
}
