/**
 * Measured quality: gold annotations read from BioC XML or PubTator files, precision, recall
 * and F1 of the tagger per entity type for mentions and for normalisation, and a report table.
 */
package org.litlod.tag.eval;
