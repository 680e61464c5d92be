/**
 * String matching: an Aho–Corasick automaton over characters held in flat arrays, and the
 * longest-leftmost choice among overlapping matches.
 */
package org.litlod.tag.match;
