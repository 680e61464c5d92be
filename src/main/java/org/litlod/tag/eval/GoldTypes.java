package org.litlod.tag.eval;

import java.util.ArrayList;
import java.util.List;
import org.litlod.model.EntityType;

/** Type labels and identifier lists as gold files write them. */
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
        return label.equalsIgnoreCase("Mutation") || label.equalsIgnoreCase("ProteinMutation")
                ? EntityType.VARIANT : null;
    }

    /** Identifiers of a "|"-separated list, without "-1" and "MESH:" prefixes. */
    static List<String> ids(String written) {
        List<String> out = new ArrayList<>();
        if (written == null) {
            return out;
        }
        for (String part : written.split("[|;,]")) {
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
