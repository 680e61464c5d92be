package org.litlod.ids;

import org.litlod.model.Identifier;

/**
 * The preferred label of the entity an identifier denotes (a gene's symbol, a disease's
 * preferred name), so that an entity carries one {@code rdfs:label} whichever document or surface
 * form it was found through. The lexicon of the tagger is one source.
 */
@FunctionalInterface
public interface Labels {
    /** No known labels: entities are labelled by the name their source lists, else their first mention. */
    Labels NONE = id -> null;

    /** The preferred label of {@code id}, or null when unknown. */
    String of(Identifier id);
}
