package org.litlod.server.ld;

import java.util.List;
import org.litlod.schemes.IdentifierSchemes;
import org.litlod.schemes.LinkedDataset;

/**
 * The external datasets litlod links to, each known by the IRI space of its entities, as the
 * registry of identifier schemes lists them. The dataset description publishes one
 * {@code void:Linkset} per target and link predicate.
 */
final class LinkTarget {
    private static final List<LinkedDataset> TARGETS = IdentifierSchemes.datasets();

    private LinkTarget() {
    }

    /** Every target. */
    static List<LinkedDataset> values() {
        return TARGETS;
    }

    /** The target whose IRI space holds {@code iri}, or null. */
    static LinkedDataset of(String iri) {
        return TARGETS.stream().filter(t -> t.holds(iri)).findFirst().orElse(null);
    }
}
