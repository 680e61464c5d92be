package org.litlod.tag.lexicon;

import java.util.List;
import java.util.Optional;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * One row of an SSSOM mapping set, with the CURIEs as written.
 *
 * @param subjectId     subject CURIE ("MONDO:0005233")
 * @param subjectLabel  subject label, empty when the set has none
 * @param predicateId   predicate CURIE ("skos:exactMatch")
 * @param objectId      object CURIE ("mesh:D002289")
 * @param objectLabel   object label, empty when the set has none
 */
public record SssomMapping(String subjectId, String subjectLabel, String predicateId,
                           String objectId, String objectLabel) {

    /** Whether the predicate is {@code skos:exactMatch}. */
    public boolean isExactMatch() {
        return predicateId.equals("skos:exactMatch")
                || predicateId.equals("http://www.w3.org/2004/02/skos/core#exactMatch");
    }

    /** The subject as an identifier, when litlod knows its prefix. */
    public Optional<Identifier> subject() {
        return Curies.parse(subjectId);
    }

    /** The object as an identifier, when litlod knows its prefix. */
    public Optional<Identifier> object() {
        return Curies.parse(objectId);
    }

    /** The cross-link an exact match between two known identifiers states. */
    public Optional<CrossLink> crossLink() {
        if (!isExactMatch()) {
            return Optional.empty();
        }
        Optional<Identifier> s = subject();
        Optional<Identifier> o = object();
        return s.isPresent() && o.isPresent() && s.get().scheme() != o.get().scheme()
                ? Optional.of(new CrossLink(s.get(), o.get())) : Optional.empty();
    }

    /**
     * The disease an exact match of a labelled MONDO class to MeSH describes: both identifiers,
     * MONDO first, the MONDO label as preferred name and the MeSH label (if the set gives one)
     * as another name. Empty for other rows.
     */
    public Optional<Concept> diseaseConcept() {
        Optional<CrossLink> link = crossLink();
        if (link.isEmpty() || subjectLabel.isBlank() || link.get().subject().scheme() != IdScheme.MONDO
                || link.get().object().scheme() != IdScheme.MESH) {
            return Optional.empty();
        }
        List<String> names = objectLabel.isBlank() || objectLabel.equalsIgnoreCase(subjectLabel)
                ? List.of() : List.of(objectLabel.strip());
        return Optional.of(new Concept(EntityType.DISEASE, List.of(link.get().subject(), link.get().object()),
                subjectLabel.strip(), names, null));
    }
}
