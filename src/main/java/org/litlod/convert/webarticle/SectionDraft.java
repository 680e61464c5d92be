package org.litlod.convert.webarticle;

import java.util.ArrayList;
import java.util.List;
import org.litlod.model.Figure;
import org.litlod.model.Section;

/**
 * A section of a web article while it is being read: its heading, its paragraph texts (with
 * citation markers still in place) and its figures, pairing each image line with the caption
 * line of the same label.
 */
final class SectionDraft {
    private final String heading;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private FigureLine pendingImage;

    SectionDraft(String heading) {
        this.heading = heading;
    }

    void paragraph(String text) {
        flushImage();
        paragraphs.add(text);
    }

    void figure(FigureLine line) {
        if (line.isImage()) {
            flushImage();
            pendingImage = line;
        } else if (pendingImage != null && pendingImage.label().equals(line.label())) {
            figures.add(new Figure(line.label(), line.caption(), pendingImage.image()));
            pendingImage = null;
        } else {
            flushImage();
            figures.add(new Figure(line.label(), line.caption(), null));
        }
    }

    boolean isEmpty() {
        return paragraphs.isEmpty() && figures.isEmpty() && pendingImage == null;
    }

    /** The section, with citation markers resolved against a list of {@code references} entries. */
    Section build(int references) {
        flushImage();
        return new Section(heading,
                paragraphs.stream().map(p -> CitationMarkers.paragraph(p, references)).toList(), figures);
    }

    /** An image line without its caption becomes a figure captioned by the image's own text. */
    private void flushImage() {
        if (pendingImage != null) {
            figures.add(new Figure(pendingImage.label(), pendingImage.caption(), pendingImage.image()));
            pendingImage = null;
        }
    }
}
