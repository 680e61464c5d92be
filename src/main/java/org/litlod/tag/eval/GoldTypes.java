package org.litlod.tag.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.litlod.model.EntityType;

/**
 * Type labels and identifier lists as gold files write them. The NCBI-disease corpus labels
 * (SpecificDisease, DiseaseClass, Modifier, CompositeMention) are all diseases; its identifiers
 * may be joined by "+" (one mention denoting a combination) as well as "|".
 */
final class GoldTypes {

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
}
