package org.litlod.tag.dict;

/**
 * A dictionary name found in a text.
 *
 * @param start offset of the first character in the original text
 * @param end   offset after the last character
 * @param entry the name found, with what it stands for
 */
public record DictionaryMatch(int start, int end, DictionaryEntry entry) {
}
