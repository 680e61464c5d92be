/**
 * The publishing pipeline, one way: converter, neutral model, tagger, RDF mapper, SHACL check,
 * store. {@link org.litlod.publish.Publisher} is the facade the commands call.
 */
package org.litlod.publish;
