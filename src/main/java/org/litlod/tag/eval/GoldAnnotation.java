package org.litlod.tag.eval;

import java.util.List;
import org.litlod.model.EntityType;

/**
 * One gold mention, with offsets into the document's title and abstract joined by one space
 * (the PubTator and BioC convention).
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 * @param text  the covered text
 * @param type  entity type
 * @param ids   identifiers as written (MeSH UIs "D008750"); empty when the gold has "-1"
 */
public record GoldAnnotation(int start, int end, String text, EntityType type, List<String> ids) {
    public GoldAnnotation {
        ids = List.copyOf(ids);
    }
}
