/**
 * Protein-level sequence variants ("L1196M", "p.Leu1196Met", "1196 L>M") recognised in text and
 * normalised to HGVS protein notation.
 */
package org.litlod.tag.variant;
