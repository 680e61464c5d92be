/**
 * The {@code pubmed} format: PubMed XML ({@code <PubmedArticleSet>} as efetch and the annual
 * baseline files write it), one or many articles per file, read one article at a time so that
 * a baseline file converts in bounded memory. Error ids LITLOD-CONVERT-4xx. Depends on
 * {@code org.litlod.convert} and the model only.
 */
package org.litlod.convert.pubmed;
