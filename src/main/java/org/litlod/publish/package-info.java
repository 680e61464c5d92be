/**
 * The publishing pipeline, one way: converter, neutral model, tagger, RDF mapper, SHACL check,
 * store. {@link org.litlod.publish.Publisher} is the facade the commands call. It hands graphs
 * and quads to the store's API ({@link org.litlod.store.PaperStore},
 * {@link org.litlod.store.BulkStore}) and touches no storage engine itself; starting a server
 * over a store is the commands' wiring, not the pipeline's.
 */
package org.litlod.publish;
