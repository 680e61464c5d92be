package org.litlod.tag.lexicon;

import java.util.List;
import java.util.Optional;
import org.litlod.model.Identifier;

/**
 * The concepts the tagger can recognise, with the cross-vocabulary links between their
 * identifiers. Implementations are immutable and thread-safe.
 */
public interface Lexicon {

    /** A version string recorded in the provenance of every annotation found with it. */
    String version();

    /** Every concept, in a stable order. */
    List<Concept> concepts();

    /** The first concept (in {@link #concepts()} order) one of whose identifiers is {@code id}. */
    Optional<Concept> concept(Identifier id);

    /**
     * Identifiers in other vocabularies that denote the same thing (MONDO ↔ MeSH from MONDO's
     * SSSOM exact matches, PubChem CID ↔ MeSH), never including {@code id} itself.
     */
    List<Identifier> equivalents(Identifier id);
}
