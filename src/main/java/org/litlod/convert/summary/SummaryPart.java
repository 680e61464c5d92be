package org.litlod.convert.summary;

import java.util.ArrayList;
import java.util.List;
import org.litlod.convert.TextBlock;
import org.litlod.convert.TextBlocks;
import org.litlod.convert.TextLine;

/**
 * One {@code ## } section of a paper summary: its heading and the lines of its body.
 *
 * @param heading the heading as written, without the hashes
 * @param line    1-based line number of the heading
 * @param body    the body lines up to the next heading
 */
record SummaryPart(String heading, int line, List<TextLine> body) {
    SummaryPart {
        body = List.copyOf(body);
    }

    /** Whether the heading is the given one, ignoring case and surrounding space. */
    boolean is(String name) {
        return heading.strip().equalsIgnoreCase(name);
    }

    /** The body's paragraphs (blank-line separated, lines joined), bullets as their own items. */
    List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        for (TextBlock block : TextBlocks.blocks(body)) {
            if (BulletLines.isBullet(block.first())) {
                BulletLines.items(block.lines()).forEach(item -> out.add(item.text()));
            } else {
                out.add(block.joined());
            }
        }
        return out;
    }

    /** The body's paragraphs joined by a blank line, or null when the body is empty. */
    String text() {
        List<String> paragraphs = paragraphs();
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    /** The bullet items of the body, each with the line it starts on. */
    List<TextLine> bullets() {
        List<TextLine> out = new ArrayList<>();
        for (TextBlock block : TextBlocks.blocks(body)) {
            out.addAll(BulletLines.items(block.lines()));
        }
        return out;
    }
}
