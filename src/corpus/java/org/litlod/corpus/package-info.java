/**
 * Synthetic corpora for benchmarks and scale tests: {@link org.litlod.corpus.CorpusGenerator}
 * writes N deterministic documents in one input format, mentioning concepts of the lexicon at
 * realistic densities. Generated DOIs use the test prefix {@code 10.5555/litlod.N}.
 */
package org.litlod.corpus;
