package org.litlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.litlod.ids.Equivalents;
import org.litlod.ids.IriMinter;
import org.litlod.ids.Labels;
import org.litlod.model.Document;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;
import org.litlod.vocab.OA;

/**
 * A source's annotation that gives two identifiers of one scheme names two concepts (CDR's
 * composite "renal and auditory toxicity", D007674|D006311): its annotation has both as bodies,
 * and neither is published as an exact match of the other. The tagger's several identifiers of
 * one concept stay one body.
 */
class CompositeMentionTest {
    private static final Node KIDNEY = NodeFactory.createURI("http://id.nlm.nih.gov/mesh/D007674");
    private static final Node OTOTOXICITY = NodeFactory.createURI("http://id.nlm.nih.gov/mesh/D006311");

    private static MappedDocument map(Evidence how) {
        Document d = SampleDocuments.article();
        List<Mention> mentions = new ArrayList<>(d.mentions());
        mentions.add(SampleDocuments.mention("abstract", SampleDocuments.ABSTRACT, "thrombocytopenia", EntityType.DISEASE,
                List.of(SampleDocuments.id(IdScheme.MESH, "D007674"), SampleDocuments.id(IdScheme.MESH, "D006311")),
                List.of(), how));
        return new DocumentMapper(new IriMinter(), Equivalents.NONE, Labels.NONE, MentionDetail.POSITION)
                .map(d.withOnlyMentions(mentions), "lexicon-2026-11");
    }

    private static Set<Node> bodies(MappedDocument m) {
        return m.graph().find(Node.ANY, OA.hasBody.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).collect(Collectors.toSet());
    }

    private static boolean equated(MappedDocument m) {
        return m.entities().contains(KIDNEY, SKOS.exactMatch.asNode(), OTOTOXICITY)
                || m.entities().contains(OTOTOXICITY, SKOS.exactMatch.asNode(), KIDNEY);
    }

    @Test
    void aSourcesCompositeMentionHasABodyPerConceptAndEquatesNone() {
        MappedDocument m = map(Evidence.SOURCE_ANNOTATION);
        assertTrue(bodies(m).containsAll(List.of(KIDNEY, OTOTOXICITY)), bodies(m).toString());
        assertFalse(equated(m), "two concepts, not one");
    }

    @Test
    void theTaggersIdentifiersOfOneConceptStayOneBody() {
        MappedDocument m = map(Evidence.DICTIONARY);
        assertEquals(1, bodies(m).stream().filter(b -> b.equals(KIDNEY) || b.equals(OTOTOXICITY)).count(), bodies(m).toString());
        assertTrue(equated(m), "the lexicon's identifiers of one concept are exact matches");
    }
}
