package org.litlod.tag.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;

/**
 * One MONDO class as the OBO and OWL readers read it.
 *
 * @param id       the MONDO identifier
 * @param label    the label ({@code name:}, {@code rdfs:label})
 * @param synonyms synonyms with their scope
 * @param xrefs    database cross-references as written ("MESH:D002289", "DOID:3908"); these
 *                 are not exact matches, which come from the SSSOM sets
 */
public record MondoTerm(Identifier id, String label, List<Synonym> synonyms, List<String> xrefs) {

    /** Synonym scopes: OBO's EXACT, NARROW, BROAD, RELATED. */
    public enum Scope { EXACT, NARROW, BROAD, RELATED }

    /** A synonym and its scope. */
    public record Synonym(String text, Scope scope) {
    }

    public MondoTerm {
        synonyms = List.copyOf(synonyms);
        xrefs = List.copyOf(xrefs);
    }

    /** The disease concept, with the exact synonyms as names. */
    public Concept toConcept() {
        return toConcept(Set.of(Scope.EXACT));
    }

    /** The disease concept, with the synonyms of the given scopes as names. */
    public Concept toConcept(Set<Scope> scopes) {
        Set<String> names = new LinkedHashSet<>();
        for (Synonym s : synonyms) {
            if (scopes.contains(s.scope())) {
                names.add(s.text());
            }
        }
        names.remove(label);
        return new Concept(EntityType.DISEASE, List.of(id), label, new ArrayList<>(names), null);
    }

    /** The synonyms of one scope. */
    public List<String> synonyms(Scope scope) {
        return synonyms.stream().filter(s -> s.scope() == scope).map(Synonym::text).toList();
    }
}
