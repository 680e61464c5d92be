package org.litlod.convert.webarticle;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line naming a figure: either its image ("Figure 1. Capsules of crizotinib.png") or its
 * caption ("Figure 1. Capsules of crizotinib"); a caption needs the punctuation after the label.
 *
 * @param label   the label as written ("Figure 1")
 * @param caption the caption text after the label
 * @param image   the image file name (the whole line) when the line names an image, else null
 */
record FigureLine(String label, String caption, String image) {
    private static final Pattern FIGURE = Pattern.compile(
            "^((?:Figure|Fig\\.?)\\s*\\d{1,3}[A-Za-z]?)\\s*([.:\u2013-]?)\\s+(.+)$");
    private static final Pattern IMAGE = Pattern.compile("(?i)^(.*)\\.(png|jpe?g|gif|webp|svg|tiff?)$");

    /** The figure the line names, or empty when it is not a figure line. */
    static Optional<FigureLine> of(String line) {
        String s = line.strip();
        Matcher m = FIGURE.matcher(s);
        if (!m.matches() || s.length() > 400) {
            return Optional.empty();
        }
        Matcher image = IMAGE.matcher(m.group(3));
        if (image.matches()) {
            return Optional.of(new FigureLine(m.group(1), image.group(1).strip(), s));
        }
        if (m.group(2).isEmpty()) {
            return Optional.empty(); // "Figure 2 shows ..." is prose, not a caption
        }
        return Optional.of(new FigureLine(m.group(1), m.group(3).strip(), null));
    }

    boolean isImage() {
        return image != null;
    }
}
