/**
 * The {@code pubtator} format: PubTator's tab format ({@code PMID|t|title}, {@code PMID|a|abstract},
 * then one tab-separated line per annotation, relation lines, a blank line between documents),
 * as the BioCreative corpora and PubTator3 write it. Read line by line, one document at a time.
 * Error ids LITLOD-CONVERT-7xx. Depends on {@code org.litlod.convert} and the model only.
 */
package org.litlod.convert.pubtator;
