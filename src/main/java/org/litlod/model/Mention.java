package org.litlod.model;

import java.util.List;

/**
 * A mention of an entity in one passage of a document.
 *
 * @param passage the key of the {@link Passage} the offsets refer to
 * @param start   offset of the first character (UTF-16 code units, 0-based)
 * @param end     offset after the last character
 * @param text    the covered text, equal to the passage text between start and end
 * @param type    entity type
 * @param ids     normalised identifiers (may be empty when not normalised)
 * @param related identifiers of related entities (the gene a variant belongs to)
 * @param foundBy how the mention was found, one or more
 */
public record Mention(String passage, int start, int end, String text, EntityType type,
                      List<Identifier> ids, List<Identifier> related, List<Evidence> foundBy) {
    public Mention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        ids = List.copyOf(ids);
        related = related == null ? List.of() : List.copyOf(related);
        foundBy = List.copyOf(foundBy);
    }

    /** How a mention or annotation was found. */
    public enum Evidence {
        /** Listed with identifiers by the source itself. */
        SOURCE_LIST,
        /** Annotation that came with the input (PubTator, MeSH indexing). */
        SOURCE_ANNOTATION,
        /** Dictionary match against the lexicon. */
        DICTIONARY,
        /** Short form resolved through an abbreviation defined in the text. */
        ABBREVIATION,
        /** Pattern for sequence variants. */
        VARIANT_PATTERN
    }
}
