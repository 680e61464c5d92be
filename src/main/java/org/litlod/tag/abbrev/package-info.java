/**
 * Abbreviations defined in the text ("non-small-cell lung cancer (NSCLC)"), found in the
 * manner of Schwartz and Hearst, and the later uses of their short forms.
 */
package org.litlod.tag.abbrev;
