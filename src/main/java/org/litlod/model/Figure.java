package org.litlod.model;

/**
 * A figure and its caption.
 *
 * @param label   the label ("Figure 1"), null if none
 * @param caption the caption text
 * @param image   the image file or URL the source names, null if none
 */
public record Figure(String label, String caption, String image) {
}
