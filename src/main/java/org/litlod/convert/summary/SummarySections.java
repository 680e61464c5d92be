package org.litlod.convert.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.litlod.convert.ConversionException;
import org.litlod.model.DocumentBuilder;
import org.litlod.model.Link.LinkRole;
import org.litlod.model.Paragraph;
import org.litlod.model.Section;
import org.litlod.model.Summary;

/**
 * Reads the {@code ## } sections of a paper summary into a document: notes on omitted parts,
 * TL;DR, Contribution, Key findings (one item per bullet), Abstract, entity lists, and any other
 * section as a {@link Section} with its paragraphs.
 */
final class SummarySections {
    private SummarySections() {
    }

    static void read(List<SummaryPart> parts, String file, DocumentBuilder b, SummaryLinks links)
            throws ConversionException {
        String tldr = null;
        String contribution = null;
        List<String> findings = new ArrayList<>();
        for (SummaryPart part : parts) {
            Optional<OmissionNote> note = OmissionNote.of(part);
            if (note.isPresent()) {
                b.omitted(note.get().content());
                if (note.get().figureCount() != null) {
                    b.figureCount(note.get().figureCount());
                }
                if (note.get().content().url() != null) {
                    links.add(note.get().fullText() ? LinkRole.FULL_TEXT : LinkRole.RELATED, note.get().content().url());
                }
            } else if (part.is("TL;DR") || part.is("TLDR")) {
                tldr = part.text();
            } else if (part.is("Contribution")) {
                contribution = part.text();
            } else if (part.is("Key findings")) {
                findings.addAll(part.paragraphs());
            } else if (part.is("Abstract")) {
                b.abstractText(part.text());
            } else if (part.heading().toLowerCase(Locale.ROOT).endsWith("entities")) {
                EntityListParser.parse(part, file).forEach(b::entity);
            } else if (!part.paragraphs().isEmpty()) {
                b.section(new Section(part.heading(), part.paragraphs().stream().map(Paragraph::of).toList(), List.of()));
            }
        }
        b.summary(new Summary(tldr, contribution, findings));
    }
}
