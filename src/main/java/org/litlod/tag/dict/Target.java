package org.litlod.tag.dict;

import java.util.List;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;

/**
 * What a dictionary match stands for: a concept's type, all its identifiers (those of the
 * concept followed by their equivalents in other vocabularies) and its names.
 *
 * @param type  entity type
 * @param ids   identifiers, primary first; may be empty for an entity a document lists bare
 * @param names names of the concept, used to judge whether a long form in the text is about it
 */
public record Target(EntityType type, List<Identifier> ids, List<String> names) {
    public Target {
        ids = List.copyOf(ids);
        names = List.copyOf(names);
    }

    /** The primary identifier, or null when there is none. */
    public Identifier primary() {
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** Whether both denote the same thing: same type and a shared identifier. */
    public boolean sameAs(Target other) {
        if (other == this) {
            return true;
        }
        if (type != other.type) {
            return false;
        }
        for (Identifier id : ids) {
            if (other.ids.contains(id)) {
                return true;
            }
        }
        return false;
    }
}
