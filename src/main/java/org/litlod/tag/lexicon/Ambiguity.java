package org.litlod.tag.lexicon;

/**
 * Why a name of the lexicon is risky to tag on its own. The tagger should only accept a match
 * of an ambiguous name with supporting context (a full name or an identifier nearby, a
 * defined abbreviation, a gene-like neighbour).
 */
public enum Ambiguity {
    /** A gene name of at most two characters ("T", "C3" is not, "II" is). */
    SHORT,
    /** A gene name written all in lower-case letters, which reads as an ordinary word ("tau"). */
    LOWERCASE_WORD,
    /** The name, compared case-insensitively, belongs to more than one concept. */
    SHARED,
    /** The name is in the stop-list of gene aliases that are common words or units; it applies
     *  to the name as a gene name (see {@link CompiledLexicon#ambiguity(org.litlod.tag.lexicon.Concept, String)}). */
    STOPLIST,
    /** Listed in the curated ambiguous gene aliases, with the other sense ("EMT": ITK alias and
     *  epithelial–mesenchymal transition); applies to the name as a gene name. */
    CURATED,
    /** Annotated training text used the name mostly for nothing of its type ("lead", "pain" in
     *  a corpus that would have annotated them): it is not tagged, whatever the concept. */
    UNUSED
}
