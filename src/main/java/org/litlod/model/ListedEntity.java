package org.litlod.model;

import java.util.List;

/**
 * An entity that the source document itself lists, with the identifiers it gives.
 *
 * @param type     the entity type
 * @param category the category heading as written ("Proteins", "Genes")
 * @param list     which list it came from ("Linked entities", "Full-text entities")
 * @param name     the name as listed ("ALK")
 * @param fullName the long name in brackets, null if none ("ALK receptor tyrosine kinase")
 * @param ids      identifiers given for it
 * @param synonyms synonyms given for it ("aka")
 */
public record ListedEntity(EntityType type, String category, String list, String name,
                           String fullName, List<Identifier> ids, List<String> synonyms) {
    public ListedEntity {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a listed entity needs a name");
        }
        ids = List.copyOf(ids);
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
