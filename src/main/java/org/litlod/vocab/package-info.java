/**
 * Vocabulary constants: {@link org.litlod.vocab.LITLOD} generated from
 * {@code ontology/litlod.ttl} by {@code ontology/build-vocab.sh} (the writer is a build tool in
 * {@code src/build/java}, outside the library), hand-written classes
 * for the external vocabularies Jena lacks (only the terms litlod uses), and the prefixes
 * litlod writes ({@link org.litlod.vocab.Prefixes}).
 */
package org.litlod.vocab;
