package org.litlod.tag.eval;

import java.util.List;

/**
 * A gold-annotated document: title, abstract and the annotations on them.
 *
 * @param id          document id (PMID)
 * @param title       the title
 * @param abstractText the abstract, empty when none
 * @param annotations the gold mentions
 */
public record GoldDocument(String id, String title, String abstractText, List<GoldAnnotation> annotations) {
    public GoldDocument {
        annotations = List.copyOf(annotations);
    }
}
