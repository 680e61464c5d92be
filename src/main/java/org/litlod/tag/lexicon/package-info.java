/**
 * The lexicon: one streaming reader per vocabulary release format (MONDO, MeSH, NCBI Gene,
 * NCBI Taxonomy, PubChem, HGNC), the {@link org.litlod.tag.lexicon.LexiconBuilder} that merges
 * their concepts and cross-links, the compact index file ({@link
 * org.litlod.tag.lexicon.LexiconFile}) and the default lexicon shipped with the project
 * ({@link org.litlod.tag.lexicon.Lexicons#builtin()}).
 */
package org.litlod.tag.lexicon;
