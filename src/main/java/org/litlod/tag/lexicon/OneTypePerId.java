package org.litlod.tag.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;

/**
 * One identifier, one type: when sources disagree about what an identifier denotes (a MeSH
 * record one table calls a chemical and another a disease), the concepts cannot merge and the
 * identifier would name two things. The first concept holding the identifier keeps it; later
 * concepts of another type lose it, and a concept left without identifiers is dropped.
 */
final class OneTypePerId {

    private OneTypePerId() {
    }

    static List<Concept> apply(List<Concept> concepts) {
        Map<Identifier, EntityType> owner = new HashMap<>(concepts.size() * 2);
        List<Concept> out = new ArrayList<>(concepts.size());
        for (Concept c : concepts) {
            List<Identifier> kept = null;
            for (int i = 0; i < c.ids().size(); i++) {
                Identifier id = c.ids().get(i);
                EntityType type = owner.putIfAbsent(id, c.type());
                if (type != null && type != c.type()) {
                    if (kept == null) {
                        kept = new ArrayList<>(c.ids().subList(0, i));
                    }
                } else if (kept != null) {
                    kept.add(id);
                }
            }
            if (kept == null) {
                out.add(c);
            } else if (!kept.isEmpty()) {
                out.add(new Concept(c.type(), kept, c.preferred(), c.names(), c.taxon()));
            }
        }
        return out;
    }
}
