package org.litlod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines, blocks, and whether a text opens as markup or JSON. */
class TextBlocksTest {

    @Test
    void linesEndAtEveryKindOfLineBreakAndAreNumberedFromOne() {
        List<TextLine> lines = TextBlocks.lines("a\r\nb\rc\nd");
        assertEquals(List.of("a", "b", "c", "d"), lines.stream().map(TextLine::text).toList());
        assertEquals(4, lines.get(3).number());
    }

    @Test
    void blocksAreSeparatedByBlankLines() {
        List<TextBlock> blocks = TextBlocks.blocks("one\ntwo\n\n  \nthree\n");
        assertEquals(2, blocks.size());
        assertEquals("three", blocks.get(1).first());
    }

    @Test
    void xmlAndJsonOpenAsMarkupAfterWhitespaceAndByteOrderMark() {
        assertTrue(TextBlocks.opensAsMarkup("<?xml version=\"1.0\"?><PubmedArticleSet/>"));
        assertTrue(TextBlocks.opensAsMarkup("\uFEFF\n  <collection/>"));
        assertTrue(TextBlocks.opensAsMarkup("\n{\"documents\": []}"));
    }

    @Test
    void plainLinesDoNotOpenAsMarkup() {
        assertFalse(TextBlocks.opensAsMarkup("# A paper summary\n\n**Authors:** A. B\n"));
        assertFalse(TextBlocks.opensAsMarkup("Crizotinib: clinical activity\n\nJan 16,2024\n"));
        assertFalse(TextBlocks.opensAsMarkup("[Skip to content](#main)\n\nA web article\n"));
        assertFalse(TextBlocks.opensAsMarkup("12345|t|A PubTator title\n"));
        assertFalse(TextBlocks.opensAsMarkup(" \n\t"));
    }
}
