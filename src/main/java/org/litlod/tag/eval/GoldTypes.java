package org.litlod.tag.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.litlod.ids.IdSyntax;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.tag.lexicon.Curies;

/**
 * Type labels and identifier lists as gold files write them. The NCBI-disease corpus labels
 * (SpecificDisease, DiseaseClass, Modifier, CompositeMention) are all diseases; its identifiers
 * may be joined by "+" (one mention denoting a combination) as well as "|".
 */
public final class GoldTypes {

    private GoldTypes() {
    }

    /** The entity type of a PubTator/BioC label ("Chemical", "Disease", "Gene", "Species"...). */
    static EntityType type(String label) {
        for (EntityType t : EntityType.values()) {
            if (t.label().equalsIgnoreCase(label)) {
                return t;
            }
        }
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "mutation", "proteinmutation" -> EntityType.VARIANT;
            case "specificdisease", "diseaseclass", "modifier", "compositemention" -> EntityType.DISEASE;
            default -> null;
        };
    }

    /**
     * Identifiers of a list separated by "|", "+", ";" or ",", without "-1" and "MESH:" prefixes;
     * other prefixes ("OMIM:231200") are kept.
     */
    static List<String> ids(String written) {
        List<String> out = new ArrayList<>();
        if (written == null) {
            return out;
        }
        for (String part : written.split("[|;,+]")) {
            String id = part.trim();
            if (id.regionMatches(true, 0, "MESH:", 0, 5)) {
                id = id.substring(5);
            }
            if (!id.isEmpty() && !id.equals("-1")) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * The identifier a gold identifier string denotes for an entity type: a bare value in the
     * scheme gold files use for the type ("D003924", "9606"), a prefixed one through its CURIE
     * prefix ("OMIM:231200", "MESH:D003924", "NCBITaxon:9606"); null when litlod has no scheme
     * for it or the value does not have the scheme's syntax.
     */
    public static Identifier identifier(String written, EntityType type) {
        String v = written.strip();
        Identifier id = v.indexOf(':') < 0 ? new Identifier(Evaluation.scheme(type), v) : Curies.parse(v).orElse(null);
        return id != null && IdSyntax.isValid(id) ? id : null;
    }

    /** How gold files write an identifier of a type: bare in the type's scheme, else as a CURIE ("OMIM:231200"). */
    static String written(Identifier id, EntityType type) {
        return id.scheme() == Evaluation.scheme(type) ? id.value() : Curies.format(id);
    }

    /** Whether document-level scores count identifiers of the scheme for the type: its gold scheme, and OMIM for diseases. */
    static boolean counts(IdScheme scheme, EntityType type) {
        return scheme == Evaluation.scheme(type) || type == EntityType.DISEASE && scheme == IdScheme.OMIM;
    }
}
