package org.litlod.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Triple;

/**
 * The RDF of one document: the named graph it belongs in and its triples, and the descriptions
 * of the entities it names, which belong in the graph shared by every document mapped with the
 * same lexicon (they are facts of the lexicon, not of the paper).
 *
 * @param graphIri        the IRI of the document's named graph
 * @param graph           the document's triples
 * @param documentLabel   the source file name, for messages
 * @param entityGraphIri  the IRI of the shared graph of entity descriptions
 * @param entities        the descriptions of the entities the document names (labels, names,
 *                        exact matches, identifier literals, types); empty when it names none
 */
public record MappedDocument(String graphIri, Graph graph, String documentLabel, String entityGraphIri,
                             Graph entities) {

    /** A document without entity descriptions of its own (tests). */
    public MappedDocument(String graphIri, Graph graph, String documentLabel) {
        this(graphIri, graph, documentLabel, null, new DocumentGraph());
    }

    /**
     * The document with the descriptions of its entities, in one new in-memory graph, to query
     * the document whole (not to be changed): a find in one graph costs less than in a union of
     * two, which looks in both and drops the second's triples the first has. The pipeline checks
     * the shapes {@link #withDescriptions} instead, which copies only the descriptions.
     */
    public Graph described() {
        if (entities.isEmpty()) {
            return graph;
        }
        Graph both = new DocumentGraph();
        GraphUtil.addInto(both, graph);
        GraphUtil.addInto(both, entities);
        return both;
    }

    /**
     * What {@code use} makes of the document graph with the descriptions of its entities in it:
     * they are added to the document graph for the call and taken out after (those it held
     * already stay, and the others are taken out last first, which a {@link DocumentGraph} does
     * without a search), which costs what the descriptions hold, where {@link #described} copies
     * the whole document. For the thread that holds the document; {@code use} must not change the graph.
     */
    public <T> T withDescriptions(Function<Graph, T> use) {
        if (entities.isEmpty()) {
            return use.apply(graph);
        }
        List<Triple> added = new ArrayList<>();
        entities.find().forEachRemaining(t -> {
            if (!graph.contains(t)) {
                graph.add(t);
                added.add(t);
            }
        });
        try {
            return use.apply(graph);
        } finally {
            for (int i = added.size() - 1; i >= 0; i--) {
                graph.delete(added.get(i));
            }
        }
    }

    /** The number of triples of the document graph and of its entity descriptions. */
    public long size() {
        return (long) graph.size() + entities.size();
    }
}
