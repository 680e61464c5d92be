package org.litlod.convert;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A run of non-blank lines of an input text, as separated by blank lines.
 *
 * @param lines the lines in order, never empty
 */
public record TextBlock(List<TextLine> lines) {
    public TextBlock {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a block needs at least one line");
        }
        lines = List.copyOf(lines);
    }

    /** 1-based number of the first line. */
    public int firstLine() {
        return lines.get(0).number();
    }

    /** The first line, trimmed. */
    public String first() {
        return lines.get(0).trimmed();
    }

    /** Whether the block is a single line. */
    public boolean isSingleLine() {
        return lines.size() == 1;
    }

    /** The trimmed lines joined by one space, as a paragraph reads. */
    public String joined() {
        return lines.stream().map(TextLine::trimmed).collect(Collectors.joining(" "));
    }
}
