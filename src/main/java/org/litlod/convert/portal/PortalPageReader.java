package org.litlod.convert.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.litlod.convert.TextBlock;
import org.litlod.convert.TextLine;

/**
 * Finds the parts of a scraped research-portal page by their shape: the title first, then the
 * author line, the "Research output:" line, the citation count, the abstract (prose before the
 * fields), the glued fields, the subject-area bullets; the page furniture ("Dive into the
 * research topics", "Cite this", "Fingerprint", export formats) is left out.
 */
final class PortalPageReader {
    static final Pattern RESEARCH_OUTPUT = Pattern.compile("^Research output:\\s*(.*)$");
    static final Pattern CITATIONS = Pattern.compile("^(\\d[\\d,]*)\\s+(\\S.*?)\\s+citations?$");
    private static final Pattern SUBJECTS = Pattern.compile("(?i)^(ASJC Scopus subject areas|Subject areas?|Keywords)$");
    private static final Pattern BULLET = Pattern.compile("^[\u2022\u00B7*-]\\s*(.*)$");
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(Dive into the research topics|Cite this"
            + "|Fingerprint|Access to Document|Other files and links|Link to publication|Link to the citations"
            + "|Abstract$|Overview$|Research output per year|APA$|Author$|BIBTEX$|Harvard$|Standard$|RIS$|Vancouver$|Keyphrases$|Medicine (and|&) Life Sciences$)");
    private static final Pattern ACCESS = Pattern.compile("(?i)^Access to Document$");
    private static final Pattern STOP = Pattern.compile("(?i)^(Dive into the research topics|Cite this|Fingerprint)");

    private PortalPageReader() {
    }

    static PortalPage read(List<TextBlock> blocks) {
        return readHeadLines(headLinesApart(blocks));
    }

    /**
     * The blocks with the head lines (title, authors, output type, citations) each in a block
     * of its own, for scrapes that put them on consecutive lines.
     */
    private static List<TextBlock> headLinesApart(List<TextBlock> blocks) {
        List<TextBlock> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            boolean head = i == 0 || block.lines().stream().anyMatch(l ->
                    RESEARCH_OUTPUT.matcher(l.trimmed()).matches() || CITATIONS.matcher(l.trimmed()).matches());
            if (head && !block.isSingleLine()) {
                block.lines().forEach(l -> out.add(new TextBlock(List.of(l))));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static PortalPage readHeadLines(List<TextBlock> blocks) {
        TextLine title = null;
        TextLine authors = null;
        TextLine outputType = null;
        TextLine citations = null;
        List<String> abstractParagraphs = new ArrayList<>();
        List<GluedField> fields = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        List<String> documentLinks = new ArrayList<>();
        boolean inSubjects = false;
        boolean inAccess = false;
        for (TextBlock block : blocks) {
            String first = block.first();
            if (title == null) {
                title = new TextLine(block.firstLine(), block.joined());
                continue;
            }
            if (STOP.matcher(first).find()) {
                break;
            }
            if (RESEARCH_OUTPUT.matcher(first).matches()) {
                outputType = block.lines().get(0);
            } else if (CITATIONS.matcher(first).matches() && block.isSingleLine()) {
                citations = block.lines().get(0);
            } else if (SUBJECTS.matcher(first).matches()) {
                inSubjects = true;
                addBullets(block.lines().subList(1, block.lines().size()), subjects);
            } else if (BULLET.matcher(first).matches() && inSubjects) {
                addBullets(block.lines(), subjects);
            } else if (BULLET.matcher(first).matches() && inAccess) {
                addBullets(block.lines(), documentLinks);
            } else if (ACCESS.matcher(first).matches()) {
                inSubjects = false;
                inAccess = true;
            } else if (GluedField.of(first, block.firstLine()).isPresent()) {
                inSubjects = false;
                for (TextLine line : block.lines()) {
                    GluedField.of(line.text(), line.number()).ifPresent(fields::add);
                }
            } else if (FURNITURE.matcher(first).find()) {
                inSubjects = false;
                inAccess = false;
            } else if (authors == null && outputType == null && abstractParagraphs.isEmpty()) {
                authors = new TextLine(block.firstLine(), String.join(", ", block.lines().stream().map(TextLine::trimmed).toList()));
            } else if (fields.isEmpty() && subjects.isEmpty()) {
                abstractParagraphs.add(block.joined());
            }
        }
        return new PortalPage(title, authors, outputType, citations, abstractParagraphs, fields, subjects,
                documentLinks);
    }

    private static void addBullets(List<TextLine> lines, List<String> into) {
        for (TextLine line : lines) {
            var m = BULLET.matcher(line.trimmed());
            if (m.matches() && !m.group(1).isBlank()) {
                into.add(m.group(1).strip());
            }
        }
    }
}
