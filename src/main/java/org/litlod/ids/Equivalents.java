package org.litlod.ids;

import java.util.List;
import org.litlod.model.Identifier;

/**
 * Identifiers in other vocabularies that denote the same entity (MONDO to MeSH, PubChem CID to
 * MeSH). The mapper links them with {@code skos:exactMatch}. The lexicon of the tagger is one
 * source ({@code lexicon::equivalents}).
 */
@FunctionalInterface
public interface Equivalents {
    /** No known equivalents. */
    Equivalents NONE = id -> List.of();

    /** Identifiers equivalent to {@code id}, never including {@code id} itself. */
    List<Identifier> of(Identifier id);
}
