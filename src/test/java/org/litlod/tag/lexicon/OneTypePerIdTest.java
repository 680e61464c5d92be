package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class OneTypePerIdTest {

    @Test
    void theFirstTypeKeepsAnIdentifier() {
        Identifier mesh = new Identifier(IdScheme.MESH, "D064420");
        Identifier other = new Identifier(IdScheme.MESH, "D000001");
        List<Concept> out = OneTypePerId.apply(List.of(
                new Concept(EntityType.DISEASE, List.of(mesh), "Drug-Related Side Effects", List.of(), null),
                new Concept(EntityType.CHEMICAL, List.of(mesh, other), "x", List.of(), null),
                new Concept(EntityType.CHEMICAL, List.of(mesh), "y", List.of(), null)));
        assertEquals(2, out.size());
        assertEquals(List.of(other), out.get(1).ids());
    }
}
