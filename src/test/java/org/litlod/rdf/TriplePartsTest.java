package org.litlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.ids.Equivalents;
import org.litlod.ids.IriMinter;
import org.litlod.ids.Labels;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Relation;
import org.litlod.model.RelationArgument;
import org.litlod.rdf.TripleParts.Part;

/** The breakdown of a mapped article by part, at each mention detail. */
class TriplePartsTest {
    private static MappedDocument mapped(MentionDetail detail) {
        return new DocumentMapper(new IriMinter(), Equivalents.NONE, Labels.NONE, detail)
                .map(SampleDocuments.article(), "lexicon-2026-11");
    }

    private static TripleParts parts(MappedDocument m) {
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ds.addGraph(NodeFactory.createURI(m.graphIri()), m.graph());
        ds.addGraph(NodeFactory.createURI(m.entityGraphIri()), m.entities());
        return TripleParts.of(ds);
    }

    @Test
    void everyTripleIsCountedOnceAndTheSharedGraphIsEntityDescriptions() {
        MappedDocument m = mapped(MentionDetail.FULL);
        TripleParts p = parts(m);
        assertEquals(m.size(), p.total());
        assertEquals(1, p.papers());
        assertEquals(m.entities().size(), p.count(Part.ENTITY_DESCRIPTIONS));
        for (Part part : new Part[] {Part.METADATA, Part.AUTHORS, Part.REFERENCES, Part.PASSAGES,
                Part.DOCUMENT_ANNOTATIONS, Part.MENTION_ANNOTATIONS, Part.SELECTORS, Part.PROVENANCE}) {
            assertTrue(p.count(part) > 0, part.label());
        }
    }

    @Test
    void theDetailChangesOnlyMentionsAndSelectors() {
        TripleParts full = parts(mapped(MentionDetail.FULL));
        TripleParts position = parts(mapped(MentionDetail.POSITION));
        TripleParts document = parts(mapped(MentionDetail.DOCUMENT));
        assertEquals(5 * 3, position.count(Part.SELECTORS), "five mentions, each a typed start and end");
        assertTrue(full.count(Part.SELECTORS) > 5 * 3 + 5 * 2, "and at full detail a quote selector each");
        assertEquals(0, document.count(Part.SELECTORS));
        assertEquals(0, document.count(Part.MENTION_ANNOTATIONS));
        assertTrue(full.count(Part.MENTION_ANNOTATIONS) > position.count(Part.MENTION_ANNOTATIONS));
        for (Part part : new Part[] {Part.METADATA, Part.AUTHORS, Part.REFERENCES, Part.PASSAGES,
                Part.DOCUMENT_ANNOTATIONS, Part.ENTITY_DESCRIPTIONS, Part.PROVENANCE}) {
            assertEquals(full.count(part), position.count(part), part.label());
            assertEquals(full.count(part), document.count(part), part.label());
        }
    }

    @Test
    void theTableGivesEachPartPerPaper() {
        String table = parts(mapped(MentionDetail.POSITION)).table();
        assertTrue(table.startsWith("| part | triples | per paper | share |\n"), table);
        assertTrue(table.contains("| selectors | 15 | 15.0 | "), table);
        assertTrue(table.contains("| **total** | "), table);
        assertTrue(table.endsWith("\n1 papers\n"), table);
    }

    @Test
    void aRelationIsCountedAsRelations() {
        Relation r = new Relation(Relation.INDUCES, List.of(
                new RelationArgument("subject", EntityType.CHEMICAL, List.of(new Identifier(IdScheme.MESH, "D000077547"))),
                new RelationArgument("object", EntityType.DISEASE, List.of(new Identifier(IdScheme.MESH, "D013921")))),
                Relation.Origin.CUE, null, List.of("abstract"), List.of());
        MappedDocument without = mapped(MentionDetail.POSITION);
        MappedDocument with = new DocumentMapper(new IriMinter(), Equivalents.NONE, Labels.NONE, MentionDetail.POSITION)
                .map(SampleDocuments.article().withRelations(List.of(r)), "lexicon-2026-11");
        TripleParts p = parts(with);
        assertEquals(0, parts(without).count(Part.RELATIONS));
        assertEquals(with.size() - without.size(), p.count(Part.RELATIONS), "every triple of the association, and only those");
        assertTrue(p.count(Part.RELATIONS) >= 8, "types, subject, predicate, object, paper, participants: " + p.count(Part.RELATIONS));
    }
}
