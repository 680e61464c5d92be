package org.litlod.convert.webarticle;

import java.util.ArrayList;
import java.util.List;
import org.litlod.convert.TextBlock;
import org.litlod.convert.TextBlocks;
import org.litlod.convert.TextLine;

/** Scores how much a text looks like a web article about a drug, and says what it lacks. */
final class WebArticleDetector {
    private WebArticleDetector() {
    }

    static int score(String text) {
        if (TextBlocks.opensAsMarkup(text)) {
            return 0;
        }
        List<TextLine> lines = TextBlocks.lines(text);
        ArticleHead head = ArticleHead.of(lines);
        if (head.title() == null || head.title().text().startsWith("#")) {
            return 0;
        }
        int score = head.date() != null ? 40 : 0;
        if (hasReferences(text)) {
            score += 20;
        }
        if (lines.stream().anyMatch(l -> !l.isBlank() && SubstanceReader.isCasLine(l.text()))) {
            score += 20;
        }
        if (lines.stream().anyMatch(l -> FigureLine.of(l.text()).isPresent())) {
            score += 10;
        }
        if (lines.stream().anyMatch(l -> PageBoilerplate.opensTail(l.text()))) {
            score += 10;
        }
        return score;
    }

    static String missing(String text) {
        List<String> lacks = new ArrayList<>();
        ArticleHead head = ArticleHead.of(TextBlocks.lines(text));
        if (head.date() == null) {
            lacks.add("no date line after the title");
        }
        if (!hasReferences(text)) {
            lacks.add("no 'References' list");
        }
        return lacks.isEmpty() ? "no CAS number, figure or page furniture" : String.join(", ", lacks);
    }

    private static boolean hasReferences(String text) {
        List<TextBlock> blocks = TextBlocks.blocks(text);
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i).isSingleLine() && ReferenceEntry.isHeading(blocks.get(i).first())
                    && ReferenceEntry.startsEntry(blocks.get(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
