package org.litlod.publish;

import org.litlod.ids.Labels;
import org.litlod.model.EntityType;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.Lexicon;

/**
 * The preferred label of every identifier in a lexicon: a gene's official symbol (the first of
 * its names, as NCBI Gene lists it), otherwise the concept's preferred name; looked up in the
 * lexicon's own index, so the labels cost no memory of their own.
 */
final class PreferredLabels {
    private PreferredLabels() {
    }

    static Labels of(Lexicon lexicon) {
        return id -> lexicon.concept(id).map(PreferredLabels::label).orElse(null);
    }

    private static String label(Concept c) {
        return c.type() == EntityType.GENE && !c.names().isEmpty() ? c.names().get(0) : c.preferred();
    }
}
