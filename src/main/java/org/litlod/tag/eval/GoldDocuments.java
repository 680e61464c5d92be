package org.litlod.tag.eval;

import java.util.ArrayList;
import java.util.List;
import org.litlod.model.Document;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;

/**
 * Gold documents from documents of the neutral model whose annotations came with the input
 * (PubTator, BioC, ...): their title and abstract, and the mentions in them that have
 * {@link Evidence#SOURCE_ANNOTATION}, with abstract offsets moved past the title and one space
 * (the PubTator and BioC convention the evaluation uses).
 */
public final class GoldDocuments {
    private GoldDocuments() {
    }

    /** The gold documents of {@code documents}, in order. */
    public static List<GoldDocument> of(List<Document> documents) {
        return documents.stream().map(GoldDocuments::of).toList();
    }

    /** The gold document of one document. */
    public static GoldDocument of(Document d) {
        String abstractText = d.abstractText() == null ? "" : d.abstractText();
        List<GoldAnnotation> annotations = new ArrayList<>();
        for (Mention m : d.mentions()) {
            if (!m.foundBy().contains(Evidence.SOURCE_ANNOTATION)) {
                continue;
            }
            int shift;
            if (m.passage().equals("title")) {
                shift = 0;
            } else if (m.passage().equals("abstract")) {
                shift = d.title().length() + 1;
            } else {
                continue;
            }
            annotations.add(new GoldAnnotation(m.start() + shift, m.end() + shift, m.text(), m.type(),
                    m.ids().stream().map(i -> GoldTypes.written(i, m.type())).toList()));
        }
        String id = d.ids().pmid() != null ? d.ids().pmid() : d.source().fileName() + "#" + d.title().hashCode();
        return new GoldDocument(id, d.title(), abstractText, annotations);
    }
}
