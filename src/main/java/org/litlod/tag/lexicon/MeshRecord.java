package org.litlod.tag.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;

/**
 * One MeSH descriptor or supplementary concept record (SCR) as the RDF and XML readers read
 * it.
 *
 * @param ui          the descriptor or SCR UI
 * @param label       the record's preferred term ("Neoplasms")
 * @param type        the entity type the record denotes, or null (anatomy, methods, protocols)
 * @param names       every term of every concept of the record, the label included
 * @param treeNumbers tree numbers of a descriptor ("C04"); empty for an SCR
 */
public record MeshRecord(Identifier ui, String label, EntityType type, List<String> names,
                         List<String> treeNumbers) {

    public MeshRecord {
        names = List.copyOf(names);
        treeNumbers = List.copyOf(treeNumbers);
    }

    /**
     * The entity type of a descriptor from its tree numbers: C (diseases) and F03 (mental
     * disorders) give DISEASE, D (chemicals and drugs) CHEMICAL, B (organisms) SPECIES.
     */
    public static EntityType typeOfTrees(List<String> treeNumbers) {
        if (treeNumbers.stream().anyMatch(t -> t.startsWith("C") || t.startsWith("F03"))) {
            return EntityType.DISEASE;
        }
        if (treeNumbers.stream().anyMatch(t -> t.startsWith("D"))) {
            return EntityType.CHEMICAL;
        }
        if (treeNumbers.stream().anyMatch(t -> t.startsWith("B"))) {
            return EntityType.SPECIES;
        }
        return null;
    }

    /** The concept of this record, when it denotes a gene, disease, chemical or species. */
    public Optional<Concept> toConcept() {
        if (type == null || label == null) {
            return Optional.empty();
        }
        Set<String> other = new LinkedHashSet<>(names);
        other.remove(label);
        return Optional.of(new Concept(type, List.of(ui), label, new ArrayList<>(other), null));
    }
}
