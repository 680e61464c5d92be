/**
 * String matching: a compact character trie over many keys, walked from word starts, and the
 * longest-leftmost choice among overlapping matches.
 */
package org.litlod.tag.match;
