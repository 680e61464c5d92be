package org.litlod.tag.eval;

import java.util.Set;
import org.litlod.model.EntityType;

/**
 * A mention the tagger found, placed in gold offsets (title and abstract joined by one space).
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 * @param text  the covered text
 * @param type  entity type
 * @param ids        identifier values in the scheme the gold uses for the type
 * @param alternates the mention's identifiers of other schemes gold files also use, written as
 *                   they write them ("OMIM:231200")
 */
record FoundMention(int start, int end, String text, EntityType type, Set<String> ids, Set<String> alternates) {
    FoundMention {
        ids = Set.copyOf(ids);
        alternates = Set.copyOf(alternates);
    }

    FoundMention(int start, int end, String text, EntityType type, Set<String> ids) {
        this(start, end, text, type, ids, Set.of());
    }

    /**
     * The document-level identifiers this mention contributes against a gold set: those of its
     * identifiers the gold names, or else its identifiers in the gold's scheme (its other ones
     * when it has none there).
     */
    Set<String> countedIds(Set<String> gold) {
        Set<String> matched = new java.util.LinkedHashSet<>();
        for (String id : ids) {
            if (gold.contains(id)) {
                matched.add(id);
            }
        }
        for (String id : alternates) {
            if (gold.contains(id)) {
                matched.add(id);
            }
        }
        if (!matched.isEmpty()) {
            return matched;
        }
        return ids.isEmpty() ? alternates : ids;
    }

    /** The span as a key, "start:end". */
    String span() {
        return start + ":" + end;
    }

    /** Whether this mention overlaps {@code a} on a span that is not {@code a}'s. */
    boolean overlapsOtherwise(GoldAnnotation a) {
        return start < a.end() && a.start() < end && (start != a.start() || end != a.end());
    }
}
