/**
 * The {@code jats} format: JATS / NLM XML as PubMed Central distributes full texts (front matter,
 * body sections with headings, paragraphs, figure and table captions, and the reference list
 * with PMIDs and DOIs). Error ids LITLOD-CONVERT-6xx. Depends on {@code org.litlod.convert} and
 * the model only.
 */
package org.litlod.convert.jats;
