package org.litlod.convert.webarticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.TextBlock;
import org.litlod.convert.TextBlocks;
import org.litlod.convert.TextLine;

/**
 * The body of a web article, between its head and the page's tail: sections (a short heading
 * line, then paragraphs and figure lines) and the reference list. Furniture lines found by
 * {@link PageBoilerplate} are blanked out before the body is read.
 *
 * @param sections   the sections in order (the first may have no heading)
 * @param references the numbered entries of the reference list
 */
record ArticleBody(List<SectionDraft> sections, List<ReferenceEntry> references) {
    private static final int MAX_HEADING_LENGTH = 100;
    private static final int MAX_HEADING_WORDS = 12;
    private static final Pattern HEADING_END = Pattern.compile(".*[.!?:;,]$");
    private static final Pattern BULLET = Pattern.compile("^[\u2022*-]\\s+(.+)$");

    /** Reads the body from the lines between the head and the tail. */
    static ArticleBody read(List<TextLine> lines) {
        List<TextLine> kept = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            kept.add(PageBoilerplate.isBoilerplate(line.text()) ? new TextLine(line.number(), "") : line);
        }
        List<SectionDraft> sections = new ArrayList<>();
        List<ReferenceEntry> references = new ArrayList<>();
        SectionDraft current = new SectionDraft(null);
        boolean inReferences = false;
        for (TextBlock block : TextBlocks.blocks(kept)) {
            if (inReferences && ReferenceEntry.startsEntry(block)) {
                references.addAll(ReferenceEntry.of(block));
                continue;
            }
            inReferences = false;
            if (block.isSingleLine() && ReferenceEntry.isHeading(block.first())) {
                inReferences = true;
            } else if (block.lines().stream().allMatch(l -> FigureLine.of(l.text()).isPresent())) {
                for (TextLine line : block.lines()) {
                    current.figure(FigureLine.of(line.text()).orElseThrow());
                }
            } else if (isHeading(block)) {
                if (!current.isEmpty()) {
                    sections.add(current);
                }
                current = new SectionDraft(block.first());
            } else {
                paragraphs(block).forEach(current::paragraph);
            }
        }
        if (!current.isEmpty()) {
            sections.add(current);
        }
        return new ArticleBody(sections, references);
    }

    /** A heading is one short line that does not end like a sentence. */
    private static boolean isHeading(TextBlock block) {
        String s = block.first();
        return block.isSingleLine() && s.length() <= MAX_HEADING_LENGTH
                && s.split("\\s+").length <= MAX_HEADING_WORDS && !HEADING_END.matcher(s).matches()
                && !BULLET.matcher(s).matches() && Character.isUpperCase(s.codePointAt(0));
    }

    /** A block's paragraphs: bullet lines each on their own, other runs of lines joined. */
    private static List<String> paragraphs(TextBlock block) {
        List<String> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (TextLine line : block.lines()) {
            Optional<String> bullet = Optional.of(BULLET.matcher(line.trimmed()))
                    .filter(Matcher::matches).map(m -> m.group(1).strip());
            if (bullet.isPresent()) {
                flush(text, out);
                out.add(bullet.get());
            } else {
                text.append(text.length() > 0 ? " " : "").append(line.trimmed());
            }
        }
        flush(text, out);
        return out;
    }

    private static void flush(StringBuilder text, List<String> out) {
        if (!text.isEmpty()) {
            out.add(text.toString());
            text.setLength(0);
        }
    }
}
