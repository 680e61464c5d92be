package org.litlod.tag.lexicon;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
     * Where in {@link #concepts()} the concept {@link #concept} gives for {@code id} stands
     * (here found by a walk through the list; a lexicon with an index looks it up).
     */
    default OptionalInt position(Identifier id) {
        Optional<Concept> c = concept(id);
        if (c.isEmpty()) {
            return OptionalInt.empty();
        }
        List<Concept> all = concepts();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == c.get()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Identifiers in other vocabularies that denote the same thing (MONDO ↔ MeSH from MONDO's
     * SSSOM exact matches, PubChem CID ↔ MeSH), never including {@code id} itself.
     */
    List<Identifier> equivalents(Identifier id);

    /**
     * A digest of everything this lexicon holds, when known: the SHA-256 (hex) of the file it was
     * read from. Empty for a lexicon built in memory.
     */
    default Optional<String> digest() {
        return Optional.empty();
    }

    /**
     * Builds now what this lexicon would otherwise build on first use (the index behind
     * {@link #concept}), so that a caller can do it beside other start-up work. Thread-safe.
     */
    default void prepare() {
    }
}
