package org.litlod.ids;

import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.schemes.IdentifierScheme;

/**
 * Canonical IRIs, {@code skos:exactMatch} IRIs and identifier literals of entity identifiers,
 * exactly as IDENTIFIERS.md prescribes, read from each scheme's descriptor. Variants (HGVS) get
 * IRIs from {@link IriMinter} because they are only meaningful with their gene; CAS numbers are
 * published as literals only.
 */
public final class EntityIds {
    private EntityIds() {
    }

    /** Whether the scheme names entities with IRIs of their own (all but CAS and HGVS). */
    public static boolean hasOwnIri(IdScheme scheme) {
        return Schemes.of(scheme).hasOwnIri();
    }

    /**
     * The published form of an identifier.
     *
     * @throws MalformedIdentifierException when the value does not have its scheme's syntax
     * @throws IllegalArgumentException     for CAS and HGVS, which have no IRI of their own
     */
    public static PublishedId of(Identifier id) {
        IdSyntax.check(id);
        IdentifierScheme s = Schemes.of(id.scheme());
        if (!s.hasOwnIri()) {
            throw new IllegalArgumentException(
                    id + " has no IRI of its own; see IriMinter.variant and litlod:casRegistryNumber");
        }
        String v = id.value();
        return new PublishedId(s.iri(v), s.exactMatches(v), s.literal(v));
    }
}
