package org.litlod.convert.webarticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.TextBlock;
import org.litlod.convert.TextLine;

/**
 * One numbered entry of a reference list as written ("1. Dagogo-Jack I, …", "[2] …"), with
 * continuation lines joined.
 *
 * @param number the number printed before the entry
 * @param text   the entry without its number
 * @param line   1-based line the entry starts on
 */
record ReferenceEntry(int number, String text, int line) {
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\[(\\d{1,3})\\]|(\\d{1,3})[.)])\\s+(.+)$");
    private static final Pattern HEADING = Pattern.compile(
            "(?i)^(References?|Bibliography|Literature( cited)?|Sources|Citations|Notes and references)\\s*:?$");

    /** Whether the line heads a reference list. */
    static boolean isHeading(String line) {
        return HEADING.matcher(line.strip()).matches();
    }

    /** Whether the block starts with a numbered entry. */
    static boolean startsEntry(TextBlock block) {
        return NUMBERED.matcher(block.first()).matches();
    }

    /** The entries of a block: a numbered line starts one, other lines continue the last. */
    static List<ReferenceEntry> of(TextBlock block) {
        List<ReferenceEntry> out = new ArrayList<>();
        for (TextLine line : block.lines()) {
            Optional<Matcher> m = Optional.of(NUMBERED.matcher(line.trimmed())).filter(Matcher::matches);
            if (m.isPresent()) {
                String n = m.get().group(1) != null ? m.get().group(1) : m.get().group(2);
                out.add(new ReferenceEntry(Integer.parseInt(n), m.get().group(3).strip(), line.number()));
            } else if (!out.isEmpty()) {
                ReferenceEntry last = out.remove(out.size() - 1);
                out.add(new ReferenceEntry(last.number(), last.text() + " " + line.trimmed(), last.line()));
            }
        }
        return out;
    }
}
