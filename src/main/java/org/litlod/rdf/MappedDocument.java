package org.litlod.rdf;

import org.apache.jena.graph.Graph;

/**
 * The RDF of one document: the named graph it belongs in and its triples.
 *
 * @param graphIri      the IRI of the named graph
 * @param graph         the triples (self-contained: entity descriptions included)
 * @param documentLabel the source file name, for messages
 */
public record MappedDocument(String graphIri, Graph graph, String documentLabel) {
}
