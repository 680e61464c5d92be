/**
 * The RDF mapper: {@link org.litlod.rdf.DocumentMapper} turns one neutral-model document into the
 * triples of its named graph ({@link org.litlod.rdf.MappedDocument}). One package-private class
 * per part: paper, authors, details, references, summary, body, passages, entities, document-
 * and mention-level annotations, provenance.
 */
package org.litlod.rdf;
