package org.litlod.tag.lexicon;

import org.litlod.model.Identifier;

/**
 * Two identifiers in different vocabularies that denote the same thing, as a mapping source
 * states it (a MONDO SSSOM exact match, a row of PubChem's CID–MeSH table).
 */
public record CrossLink(Identifier subject, Identifier object) {
    public CrossLink {
        if (subject == null || object == null) {
            throw new IllegalArgumentException("a cross-link needs two identifiers");
        }
    }
}
