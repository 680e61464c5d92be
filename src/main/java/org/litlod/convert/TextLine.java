package org.litlod.convert;

/**
 * One line of an input text with its 1-based line number, used so that error messages can name
 * the place of a problem.
 *
 * @param number 1-based line number in the input
 * @param text   the line without its line terminator
 */
public record TextLine(int number, String text) {

    /** The text without leading and trailing white space. */
    public String trimmed() {
        return text.strip();
    }

    /** Whether the line holds nothing but white space. */
    public boolean isBlank() {
        return text.isBlank();
    }
}
