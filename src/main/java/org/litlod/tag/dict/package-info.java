/**
 * The tagger's dictionary: lexicon names compiled into one automaton over normalised text,
 * with the case rules, the stop-list, the ambiguity rules and the species common words.
 */
package org.litlod.tag.dict;
