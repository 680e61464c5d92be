/**
 * The catalogue of example SPARQL queries: {@code .rq} files under {@code ontology/queries/}
 * with a title and description in their header, listed in order by {@code manifest.ttl}
 * together with the file of their expected results.
 */
package org.litlod.server.examples;
