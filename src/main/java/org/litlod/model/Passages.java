package org.litlod.model;

import java.util.ArrayList;
import java.util.List;
import org.litlod.model.Passage.PassageKind;

/** Enumerates the passages of a document in reading order with their stable keys. */
final class Passages {
    private Passages() {
    }

    static List<Passage> of(Document d) {
        List<Passage> out = new ArrayList<>();
        out.add(new Passage("title", PassageKind.TITLE, d.title()));
        if (d.summary().tldr() != null) {
            out.add(new Passage("tldr", PassageKind.TLDR, d.summary().tldr()));
        }
        if (d.summary().contribution() != null) {
            out.add(new Passage("contribution", PassageKind.CONTRIBUTION, d.summary().contribution()));
        }
        List<String> findings = d.summary().keyFindings();
        for (int i = 0; i < findings.size(); i++) {
            out.add(new Passage(findingKey(i + 1), PassageKind.FINDING, findings.get(i)));
        }
        if (d.abstractText() != null) {
            out.add(new Passage("abstract", PassageKind.ABSTRACT, d.abstractText()));
        }
        for (int s = 0; s < d.sections().size(); s++) {
            Section sec = d.sections().get(s);
            for (int p = 0; p < sec.paragraphs().size(); p++) {
                out.add(new Passage(paragraphKey(s + 1, p + 1), PassageKind.PARAGRAPH,
                        sec.paragraphs().get(p).text()));
            }
            for (int f = 0; f < sec.figures().size(); f++) {
                out.add(new Passage(sectionFigureKey(s + 1, f + 1), PassageKind.CAPTION,
                        sec.figures().get(f).caption()));
            }
        }
        for (int f = 0; f < d.figures().size(); f++) {
            out.add(new Passage(figureKey(f + 1), PassageKind.CAPTION, d.figures().get(f).caption()));
        }
        for (int r = 0; r < d.references().size(); r++) {
            Reference ref = d.references().get(r);
            if (ref.title() != null) {
                out.add(new Passage(referenceKey(r + 1), PassageKind.REFERENCE_TITLE, ref.title()));
            }
        }
        return List.copyOf(out);
    }

    static String findingKey(int n) { return "finding/" + n; }
    static String paragraphKey(int s, int p) { return "section/" + s + "/paragraph/" + p; }
    static String sectionFigureKey(int s, int f) { return "section/" + s + "/figure/" + f; }
    static String figureKey(int f) { return "figure/" + f; }
    static String referenceKey(int r) { return "reference/" + r; }
}
