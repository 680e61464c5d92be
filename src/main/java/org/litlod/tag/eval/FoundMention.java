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
 * @param ids   identifier values in the scheme the gold uses for the type
 */
record FoundMention(int start, int end, String text, EntityType type, Set<String> ids) {
    FoundMention {
        ids = Set.copyOf(ids);
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
