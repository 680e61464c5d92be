/**
 * What litlod knows about each identifier scheme, in one place: one {@link
 * org.litlod.schemes.IdentifierScheme} per scheme (CURIE prefixes, syntax, canonical IRI, the other
 * IRIs in use, the identifier literal other endpoints store, landing pages, SPARQL endpoint and the
 * dataset for {@code void:Linkset}s), registered in {@link org.litlod.schemes.IdentifierSchemes}.
 *
 * <p>Pure data keyed by a string name: depends on nothing of ours, so that converters, the
 * tagger, the mapper ({@code ids}, {@code rdf}) and the server's pages can all derive from it;
 * {@code org.litlod.ids.Schemes} maps the model's {@code IdScheme} names onto it. No namespace
 * string of a scheme is written anywhere else in the main sources.
 */
package org.litlod.schemes;
