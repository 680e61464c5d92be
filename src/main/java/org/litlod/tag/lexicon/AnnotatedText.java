package org.litlod.tag.lexicon;

import java.util.List;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;

/**
 * A text of a gold-annotated training corpus with its annotated spans, and the entity types the
 * corpus annotates: a stretch of the text that names a thing of one of those types and carries
 * no annotation is evidence that the name is not used for it.
 *
 * @param text  the text (title and abstract joined by a space)
 * @param spans the annotated spans
 * @param types  the types the corpus annotates
 * @param corpus the corpus the text belongs to (its file), which decides which annotators'
 *               conventions it follows
 */
public record AnnotatedText(String text, List<Span> spans, List<EntityType> types, String corpus) {

    public AnnotatedText {
        spans = List.copyOf(spans);
        types = List.copyOf(types);
        java.util.Objects.requireNonNull(corpus, "corpus");
    }

    /** A text of a corpus with no name of its own. */
    public AnnotatedText(String text, List<Span> spans, List<EntityType> types) {
        this(text, spans, types, "");
    }

    /**
     * One annotated span.
     *
     * @param start offset of the first character
     * @param end   offset after the last
     * @param type  the type
     * @param ids   the identifiers the annotators gave it
     */
    public record Span(int start, int end, EntityType type, List<Identifier> ids) {
        public Span {
            ids = List.copyOf(ids);
        }
    }
}
