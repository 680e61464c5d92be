package org.litlod.tag.lexicon;

import java.util.Optional;
import org.litlod.ids.Schemes;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Compact identifiers ("MONDO:0005233", "mesh:D002289", "NCBIGene:238") and the IRIs the
 * vocabulary files use, turned into {@link Identifier}s and back. Prefixes and IRI forms are the
 * schemes' in the registry ({@link Schemes}); prefixes are matched case-insensitively; the written
 * form is the one of {@link #format(Identifier)}.
 */
public final class Curies {

    private Curies() {
    }

    /** The identifier a CURIE denotes, or empty when its prefix is not one litlod knows. */
    public static Optional<Identifier> parse(String curie) {
        int colon = curie.indexOf(':');
        if (colon <= 0 || colon == curie.length() - 1) {
            return Optional.empty();
        }
        String prefix = curie.substring(0, colon);
        Optional<IdScheme> scheme = Schemes.byPrefix(prefix);
        if (scheme.isEmpty()) {
            return Optional.empty();
        }
        String value = curie.substring(colon + 1).trim();
        String again = prefix.trim() + ":";
        if (value.regionMatches(true, 0, again, 0, again.length())) {
            value = value.substring(again.length());
        }
        return value.isEmpty() ? Optional.empty() : Optional.of(new Identifier(scheme.get(), value));
    }

    /** Like {@link #parse(String)}, but an unknown prefix is an error. */
    public static Identifier require(String curie) {
        return parse(curie).orElseThrow(
                () -> new IllegalArgumentException("not a CURIE litlod knows: " + curie));
    }

    /** The identifier an IRI of one of the vocabularies denotes, or empty. */
    public static Optional<Identifier> fromIri(String iri) {
        return Schemes.fromIri(iri);
    }

    /** The CURIE litlod writes for an identifier ("MONDO:0005233", "NCBIGene:238"). */
    public static String format(Identifier id) {
        return Schemes.curie(id);
    }
}
