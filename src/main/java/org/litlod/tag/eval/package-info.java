/**
 * Measured quality: gold annotations read from PubTator (CDR, NCBI-disease), BioC XML or the
 * S800 species corpus, precision, recall and F1 of the tagger per entity type for mentions and
 * for document-level identifiers, the missed gold by error category, the most frequent wrong
 * and missed mention texts, and the report in Markdown or plain text. A corpus can be split
 * into disjoint parts ({@link org.litlod.tag.eval.DocumentPart}) to learn from one and score
 * on another.
 */
package org.litlod.tag.eval;
