package org.litlod.ids;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.schemes.IdentifierScheme;
import org.litlod.schemes.IdentifierSchemes;

/**
 * The model's identifier schemes mapped onto their descriptors in the registry
 * ({@link IdentifierSchemes}), by name: the one bridge between {@code model} (which depends on
 * nothing) and {@code schemes} (which knows no model).
 */
public final class Schemes {
    private static final Map<IdScheme, IdentifierScheme> DESCRIPTORS = new EnumMap<>(IdScheme.class);
    private static final List<IdScheme> ORDER;

    static {
        for (IdScheme s : IdScheme.values()) {
            DESCRIPTORS.put(s, IdentifierSchemes.byName(s.name()).orElseThrow(
                    () -> new IllegalStateException("no descriptor for identifier scheme " + s)));
        }
        ORDER = IdentifierSchemes.all().stream().map(Schemes::key).flatMap(Optional::stream).toList();
    }

    private Schemes() {
    }

    /** The descriptor of a model scheme. */
    public static IdentifierScheme of(IdScheme scheme) {
        return DESCRIPTORS.get(scheme);
    }

    /** The model scheme of a descriptor, empty for schemes the model has no identifiers of (DOI, ORCID). */
    public static Optional<IdScheme> key(IdentifierScheme scheme) {
        for (IdScheme s : IdScheme.values()) {
            if (s.name().equals(scheme.name())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The model schemes in the registry's canonical order. */
    public static List<IdScheme> canonicalOrder() {
        return ORDER;
    }

    /** The place of a scheme in the canonical order (0 is best). */
    public static int rank(IdScheme scheme) {
        return ORDER.indexOf(scheme);
    }

    /** The entity type a scheme implies, or null when it spans several (MeSH, CAS). */
    public static EntityType entityType(IdScheme scheme) {
        String t = of(scheme).entityType();
        return t == null ? null : EntityType.valueOf(t);
    }

    /** The model scheme of a CURIE prefix, ignoring case. */
    public static Optional<IdScheme> byPrefix(String prefix) {
        return IdentifierSchemes.byPrefix(prefix).flatMap(Schemes::key);
    }

    /** The identifier an IRI in one of the IRI forms of a model scheme denotes, or empty. */
    public static Optional<Identifier> fromIri(String iri) {
        return IdentifierSchemes.byIri(iri)
                .flatMap(m -> key(m.scheme()).map(k -> new Identifier(k, m.value())));
    }

    /** The CURIE litlod writes for an identifier ("MONDO:0005233", "NCBIGene:238"). */
    public static String curie(Identifier id) {
        return of(id.scheme()).curie(id.value());
    }
}
