package org.litlod.model;

import java.util.List;

/**
 * One entity taking part in a relation.
 *
 * @param role the role as the source names it ("Chemical", "role1"), or litlod's ("subject", "object")
 * @param type the entity type; null when neither the source nor a mention of the document tells it
 * @param ids  the entity's identifiers, in the canonical local form of their schemes
 */
public record RelationArgument(String role, EntityType type, List<Identifier> ids) {
    public RelationArgument {
        if (role == null || role.isBlank()) {
            throw new IllegalArgumentException("a relation argument needs a role");
        }
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("a relation argument needs an identifier");
        }
        ids = List.copyOf(ids);
    }
}
