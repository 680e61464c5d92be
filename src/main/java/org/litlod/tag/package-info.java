/**
 * Entity recognition and normalisation: the lexicon of concepts with their names and
 * identifiers, and the tagger that finds mentions of them in a document's passages.
 */
package org.litlod.tag;
