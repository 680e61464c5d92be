package org.litlod.convert.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.litlod.convert.TextLine;

/** Reads Markdown bullet items ("- ", "* ", "• ", "1. "), joining indented continuation lines. */
final class BulletLines {
    private static final Pattern BULLET = Pattern.compile("^(?:[-*\u2022]|\\d{1,3}[.)])\\s+");

    private BulletLines() {
    }

    static boolean isBullet(String line) {
        return BULLET.matcher(line.strip()).find();
    }

    /** The bullet items among the lines, each with its first line number and its text. */
    static List<TextLine> items(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>();
        int start = 0;
        StringBuilder text = null;
        for (TextLine line : lines) {
            String s = line.trimmed();
            if (isBullet(s)) {
                if (text != null) {
                    out.add(new TextLine(start, text.toString()));
                }
                start = line.number();
                text = new StringBuilder(BULLET.matcher(s).replaceFirst(""));
            } else if (text != null && !s.isEmpty()) {
                text.append(' ').append(s);
            }
        }
        if (text != null) {
            out.add(new TextLine(start, text.toString()));
        }
        return out;
    }
}
