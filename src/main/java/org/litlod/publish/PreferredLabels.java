package org.litlod.publish;

import java.util.HashMap;
import java.util.Map;
import org.litlod.ids.Labels;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.Lexicon;

/**
 * The preferred label of every identifier in a lexicon: a gene's official symbol (the first of
 * its names, as NCBI Gene lists it), otherwise the concept's preferred name.
 */
final class PreferredLabels {
    private PreferredLabels() {
    }

    static Labels of(Lexicon lexicon) {
        Map<Identifier, String> labels = new HashMap<>();
        for (Concept c : lexicon.concepts()) {
            String label = c.type() == EntityType.GENE && !c.names().isEmpty() ? c.names().get(0) : c.preferred();
            for (Identifier id : c.ids()) {
                labels.putIfAbsent(id, label);
            }
        }
        return labels::get;
    }
}
