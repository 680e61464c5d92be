package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class ConceptIndexTest {

    private static Identifier mesh(String v) {
        return new Identifier(IdScheme.MESH, v);
    }

    private static Identifier mondo(String v) {
        return new Identifier(IdScheme.MONDO, v);
    }

    @Test
    void findsAConceptByEachOfItsIdentifiersAndTheFirstHolderWins() {
        Concept first = new Concept(EntityType.DISEASE, List.of(mondo("0002049"), mesh("D013921")),
                "thrombocytopenia", List.of(), null);
        Concept second = new Concept(EntityType.DISEASE, List.of(mesh("D013921"), mesh("D000001")),
                "Thrombocytopenia", List.of(), null);
        ConceptIndex index = ConceptIndex.of(List.of(first, second));
        assertSame(first, index.get(mondo("0002049")));
        assertSame(first, index.get(mesh("D013921")), "the first concept holding an identifier wins");
        assertSame(second, index.get(mesh("D000001")));
        assertNull(index.get(mesh("D999999")));
        assertNull(index.get(new Identifier(IdScheme.NCBI_GENE, "0002049")), "the scheme is part of the key");
    }

    @Test
    void everyIdentifierOfManyConceptsIsFoundDespiteCollisions() {
        List<Concept> concepts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            concepts.add(new Concept(EntityType.GENE, List.of(new Identifier(IdScheme.NCBI_GENE, Integer.toString(i)),
                    new Identifier(IdScheme.HGNC, Integer.toString(i))), "g" + i, List.of(), "9606"));
        }
        ConceptIndex index = ConceptIndex.of(concepts);
        for (int i = 0; i < 20_000; i++) {
            assertSame(concepts.get(i), index.get(new Identifier(IdScheme.NCBI_GENE, Integer.toString(i))));
            assertSame(concepts.get(i), index.get(new Identifier(IdScheme.HGNC, Integer.toString(i))));
        }
        assertNull(index.get(new Identifier(IdScheme.NCBI_GENE, "20000")));
    }
}
