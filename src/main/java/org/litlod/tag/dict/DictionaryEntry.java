package org.litlod.tag.dict;

/**
 * One name of a {@link Target} in the dictionary.
 *
 * @param target        what the name stands for
 * @param name          the name as written in the lexicon
 * @param casedKey      the normalised name in its original case
 * @param caseSensitive whether the text must match {@code casedKey} exactly
 * @param primary       whether the name is the concept's preferred name or official symbol
 */
public record DictionaryEntry(Target target, String name, String casedKey, boolean caseSensitive,
                              boolean primary) {
}
