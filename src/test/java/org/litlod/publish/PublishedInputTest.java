package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.litlod.rdf.DocumentGraph;
import org.litlod.rdf.MappedDocument;

/** A published input counts and sends its documents' entity descriptions once, merged. */
class PublishedInputTest {
    private static final String ENTITIES = "http://ex/entities";

    private static Triple triple(String s, String p, String o) {
        return Triple.create(NodeFactory.createURI("http://ex/" + s), NodeFactory.createURI("http://ex/" + p),
                NodeFactory.createURI("http://ex/" + o));
    }

    private static MappedDocument document(String name, String... entities) {
        Graph graph = new DocumentGraph();
        graph.add(triple(name, "type", "Paper"));
        Graph described = new DocumentGraph();
        for (String e : entities) {
            graph.add(triple(name, "mentions", e));
            described.add(triple(e, "type", "Entity"));
            described.add(triple(e, "label", e + "-label"));
        }
        return new MappedDocument("http://ex/graph/" + name, graph, name + ".xml", ENTITIES, described);
    }

    @Test
    void entityDescriptionsTwoDocumentsShareAreCountedAndSentOnce() {
        PublishedInput input = new PublishedInput(List.of(document("a", "alk", "egfr"), document("b", "alk")),
                List.of("LITLOD-SHACL-001 c.xml"));

        assertEquals(Set.of(ENTITIES), input.descriptions().keySet());
        assertEquals(4, input.descriptions().get(ENTITIES).size(), "alk and egfr, two triples each");
        assertSame(input.descriptions(), input.descriptions());
        assertEquals(3 + 2 + 4, input.quads());

        List<Quad> sent = new ArrayList<>();
        BulkLoadNQuads.send(input, new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                sent.add(q);
            }
        });
        assertEquals(input.quads(), sent.size());
        assertEquals(sent.size(), new HashSet<>(sent).size());
        assertEquals(4, sent.stream().filter(q -> q.getGraph().getURI().equals(ENTITIES)).count());
        assertEquals(List.of("LITLOD-SHACL-001 c.xml"), input.errors());
    }
}
