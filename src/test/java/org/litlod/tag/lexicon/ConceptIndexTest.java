package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
        assertEquals(0, index.position(mesh("D013921")));
        assertEquals(1, index.position(mesh("D000001")));
        assertEquals(-1, index.position(mesh("D999999")));
        CompiledLexicon lexicon = new CompiledLexicon("v", List.of(first, second), Map.of(), Map.of());
        assertEquals(OptionalInt.of(1), lexicon.position(mesh("D000001")));
        Lexicon walked = new Lexicon() {
            public String version() {
                return "v";
            }

            public List<Concept> concepts() {
                return List.of(first, second);
            }

            public java.util.Optional<Concept> concept(Identifier id) {
                return java.util.Optional.ofNullable(index.get(id));
            }

            public List<Identifier> equivalents(Identifier id) {
                return List.of();
            }
        };
        assertEquals(OptionalInt.of(0), walked.position(mesh("D013921")), "found by a walk without an index");
        assertEquals(OptionalInt.empty(), walked.position(mesh("D999999")));
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
