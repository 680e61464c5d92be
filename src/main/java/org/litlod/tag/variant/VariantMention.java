package org.litlod.tag.variant;

/**
 * A variant found in a text.
 *
 * @param start   offset of the first character
 * @param end     offset after the last character
 * @param variant the normalised variant
 */
public record VariantMention(int start, int end, ProteinVariant variant) {
}
