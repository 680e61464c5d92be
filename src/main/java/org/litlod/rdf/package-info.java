/**
 * The RDF mapper: {@link org.litlod.rdf.DocumentMapper} turns one neutral-model document into the
 * triples of its named graph and, apart, the descriptions of the entities it names, which belong
 * in the graph shared by the documents of one lexicon ({@link org.litlod.rdf.MappedDocument}),
 * with mentions at a chosen {@link org.litlod.rdf.MentionDetail}. One package-private class per
 * part: paper, authors, details, references, summary, body, passages, entities, document- and
 * mention-level annotations, provenance. {@link org.litlod.rdf.TripleParts} counts published
 * triples by those parts. Both graphs of a mapped document are
 * {@link org.litlod.rdf.DocumentGraph}s, in-memory graphs built for one short-lived document.
 */
package org.litlod.rdf;
