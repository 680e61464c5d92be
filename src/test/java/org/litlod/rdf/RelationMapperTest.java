package org.litlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.litlod.ids.Equivalents;
import org.litlod.ids.IriMinter;
import org.litlod.ids.Labels;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Relation;
import org.litlod.model.RelationArgument;
import org.litlod.vocab.BIOLINK;
import org.litlod.vocab.OA;
import org.junit.jupiter.api.Test;

/** A relation names its entities by the IRIs the paper's annotations give them. */
class RelationMapperTest {
    private static Set<Node> objects(MappedDocument m, Node predicate) {
        return m.graph().find(Node.ANY, predicate, Node.ANY).toList().stream().map(Triple::getObject).collect(Collectors.toSet());
    }

    @Test
    void aVariantArgumentIsTheGeneScopedVariantItsAnnotationsName() {
        Relation r = new Relation("Association", List.of(
                new RelationArgument("role1", EntityType.VARIANT, List.of(new Identifier(IdScheme.HGVS_PROTEIN, "p.Leu1196Met"))),
                new RelationArgument("role2", EntityType.CHEMICAL, List.of(new Identifier(IdScheme.PUBCHEM_COMPOUND, "11597571")))),
                Relation.Origin.SOURCE, null, List.of(), List.of());
        MappedDocument m = new DocumentMapper(new IriMinter(), Equivalents.NONE, Labels.NONE, MentionDetail.POSITION)
                .map(SampleDocuments.article().withRelations(List.of(r)), "lexicon-2026-11");
        Set<Node> bodies = objects(m, OA.hasBody.asNode());
        Set<Node> arguments = objects(m, BIOLINK.subject.asNode());
        arguments.addAll(objects(m, BIOLINK.object.asNode()));
        assertEquals(2, arguments.size(), arguments.toString());
        for (Node a : arguments) {
            assertTrue(bodies.contains(a), a + " is an annotation's body: " + bodies);
        }
    }
}
