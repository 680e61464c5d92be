package org.litlod.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.litlod.model.EntityType;
import org.litlod.tag.lexicon.CompiledLexicon;
import org.litlod.tag.lexicon.Concept;

/**
 * The names a generated text may use, per entity type: for each concept of the lexicon one
 * unambiguous name (a gene's symbol, else the preferred name), so that the tagger can link
 * every mention back to its concept.
 */
final class Vocabulary {
    private final Map<EntityType, List<Term>> byType = new EnumMap<>(EntityType.class);

    /** A concept of the lexicon with the one name generated texts call it by. */
    record Term(Concept concept, String name) {
    }

    Vocabulary(CompiledLexicon lexicon) {
        for (Concept c : lexicon.concepts()) {
            String name = nameOf(c);
            if (name == null || lexicon.isAmbiguous(name) || lexicon.named(name).size() != 1) {
                continue;
            }
            byType.computeIfAbsent(c.type(), t -> new ArrayList<>()).add(new Term(c, name));
        }
    }

    /** A random concept of this type, with its name; null when the lexicon has none. */
    Term pick(EntityType type, SplittableRandom random) {
        List<Term> all = byType.get(type);
        return all == null || all.isEmpty() ? null : all.get(random.nextInt(all.size()));
    }

    /** How many usable concepts there are of this type. */
    int size(EntityType type) {
        List<Term> all = byType.get(type);
        return all == null ? 0 : all.size();
    }

    private static String nameOf(Concept c) {
        if (c.type() == EntityType.GENE) {
            for (String n : c.names()) {
                if (n.length() >= 3 && n.length() <= 8 && n.matches("[A-Z][A-Z0-9]+")) {
                    return n;
                }
            }
            return null;
        }
        String p = c.preferred();
        return p == null || p.isBlank() || p.length() > 40 || !p.matches("[\\p{L}0-9 ,'()-]+") ? null : p;
    }
}
