package org.litlod.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.sparql.graph.GraphFactory;

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
        this(graphIri, graph, documentLabel, null, GraphFactory.createDefaultGraph());
    }

    /**
     * The document with the descriptions of its entities, in one new in-memory graph (for checks
     * and standalone output; not to be changed): the shapes find their value nodes many times
     * over, and a find in one graph costs less than in a union of two, which looks in both and
     * drops the second's triples the first has.
     */
    public Graph described() {
        if (entities.isEmpty()) {
            return graph;
        }
        Graph both = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(both, graph);
        GraphUtil.addInto(both, entities);
        return both;
    }

    /** The number of triples of the document graph and of its entity descriptions. */
    public long size() {
        return (long) graph.size() + entities.size();
    }
}
