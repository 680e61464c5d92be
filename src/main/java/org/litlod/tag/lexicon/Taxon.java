package org.litlod.tag.lexicon;

import java.util.List;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * One taxon of the NCBI Taxonomy as {@link TaxonomyReader} reads it.
 *
 * @param id             taxon id ("10090")
 * @param parent         parent taxon id, null when nodes.dmp lacks the taxon
 * @param rank           rank ("species"), null when nodes.dmp lacks the taxon
 * @param scientificName the scientific name ("Mus musculus")
 * @param names          common names, GenBank common name, synonyms and equivalent names
 */
public record Taxon(String id, String parent, String rank, String scientificName, List<String> names) {
    public Taxon {
        names = List.copyOf(names);
    }

    /** The species concept of this taxon. */
    public Concept toConcept() {
        return new Concept(EntityType.SPECIES, List.of(new Identifier(IdScheme.NCBI_TAXON, id)),
                scientificName, names, null);
    }
}
