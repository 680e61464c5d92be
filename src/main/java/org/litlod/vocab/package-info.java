/**
 * Vocabulary constants: {@link org.litlod.vocab.LITLOD} generated from
 * {@code ontology/litlod.ttl} by {@link org.litlod.vocab.VocabularyWriter}, hand-written classes
 * for the external vocabularies Jena lacks (only the terms litlod uses), and the prefixes
 * litlod writes ({@link org.litlod.vocab.Prefixes}).
 */
package org.litlod.vocab;
