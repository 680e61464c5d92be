package org.litlod.ids;

import java.util.List;

/**
 * How litlod publishes one entity identifier (see IDENTIFIERS.md): the canonical IRI of the
 * entity, the other IRIs in use that it is linked to with {@code skos:exactMatch}, and the bare
 * identifier literal (the value of {@code dcterms:identifier}) in the form other endpoints store.
 *
 * @param iri         canonical IRI
 * @param exactMatches further IRIs for the same entity, in a fixed order
 * @param literal     the identifier literal ("238", "MONDO:0002049", "D013921")
 */
public record PublishedId(String iri, List<String> exactMatches, String literal) {
    public PublishedId {
        exactMatches = List.copyOf(exactMatches);
    }
}
