package org.litlod.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
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

    /** The document with the descriptions of its entities, as one read-only graph (for checks and standalone output). */
    public Graph described() {
        return entities.isEmpty() ? graph : new Union(graph, entities);
    }

    /** The number of triples of the document graph and of its entity descriptions. */
    public long size() {
        return (long) graph.size() + entities.size();
    }
}
