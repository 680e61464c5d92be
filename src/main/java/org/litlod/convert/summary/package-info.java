/**
 * The {@code paper-summary} format: a Markdown summary of a paper with a {@code # } title, an
 * {@code **Authors:**} line, a header line (database · DOI · journal · date), TL;DR,
 * Contribution, Key findings, Abstract, entity lists with identifiers, and notes on the parts
 * left out. Error ids LITLOD-CONVERT-1xx. Depends on {@code org.litlod.convert} and the model only.
 */
package org.litlod.convert.summary;
