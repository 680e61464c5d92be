package org.litlod.tag.lexicon;

import java.util.List;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;

/**
 * One concept of the lexicon: a gene, disease, chemical or species with its identifiers, its
 * preferred name and the other names it is known by.
 *
 * @param type      entity type
 * @param ids       identifiers, primary first (MONDO before MeSH for diseases, GeneID for genes)
 * @param preferred the preferred name ("ALK receptor tyrosine kinase")
 * @param names     every other name and synonym, symbols included
 * @param taxon     NCBI taxon id for genes (9606), null otherwise
 */
public record Concept(EntityType type, List<Identifier> ids, String preferred, List<String> names,
                      String taxon) {
    public Concept {
        ids = List.copyOf(ids);
        names = List.copyOf(names);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("a concept needs an identifier: " + preferred);
        }
    }

    /** The primary identifier. */
    public Identifier id() {
        return ids.get(0);
    }
}
