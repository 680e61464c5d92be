package org.litlod.convert.webarticle;

import java.util.List;
import java.util.regex.Pattern;
import org.litlod.convert.TextLine;

/**
 * Recognises the furniture of a drug web page by its shape, so that it stays out of the
 * article: link bullets ("• Related articles"), the "See also" block with its teasers (ending
 * in "....") and date+category lines ("Jan 16,2024API"), and the supplier listing ("X
 * manufacturers" followed by bullets with prices, purity, minimum order, supply ability).
 */
final class PageBoilerplate {
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern BULLET = Pattern.compile("^[\u2022\u00B7*-]\\s*(.*)$");
    private static final Pattern RELATED = Pattern.compile("(?i)^(Related|More|Recommended|Popular|Latest)\\b.{0,40}$");
    private static final Pattern SEE_ALSO = Pattern.compile(
            "(?i)^(See also|You may also like|Related (articles|products|posts|news|questions?)|Recommended( for you)?|Read more)\\s*:?$");
    private static final Pattern SUPPLIERS = Pattern.compile(
            "(?i)^.{1,80}\\s(manufacturers|suppliers|vendors|price list|prices)\\s*:?$");
    private static final Pattern TEASER = Pattern.compile("(\\.{4,}|\u2026\\.*)\\s*$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:" + MONTH + "\\s+\\d{1,2},\\s*\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*[A-Za-z&/ ]{0,30}$");
    private static final Pattern LISTING = Pattern.compile(
            "(?i)(\\$\\s?\\d|\u20AC\\s?\\d|\u00A3\\s?\\d|USD\\s?\\d|\\bMin\\.? ?Order\\b|\\bPurity\\s*:|\\bSupply Ability\\b"
                    + "|\\bCAS\\s*(No\\.?)?\\s*:|\\bfree sample\\b|^\\d{4}-\\d{2}-\\d{2}$)");

    private PageBoilerplate() {
    }

    /** Whether the line opens the page's tail: a "See also" block or a supplier listing. */
    static boolean opensTail(String line) {
        String s = line.strip();
        return SEE_ALSO.matcher(s).matches() || SUPPLIERS.matcher(s).matches();
    }

    /** The substance a supplier heading names ("Crizotinib manufacturers" gives "Crizotinib"), or null. */
    static String supplierSubject(String line) {
        var m = SUPPLIERS.matcher(line.strip());
        return m.matches() ? line.strip().substring(0, m.start(1)).strip() : null;
    }

    /** Whether a single line is furniture wherever it stands. */
    static boolean isBoilerplate(String line) {
        String s = line.strip();
        var bullet = BULLET.matcher(s);
        if (bullet.matches() && (RELATED.matcher(bullet.group(1).strip()).matches()
                || LISTING.matcher(bullet.group(1)).find() || bullet.group(1).isBlank())) {
            return true;
        }
        return TEASER.matcher(s).find() || DATE_LINE.matcher(s).matches()
                || (bullet.matches() && LISTING.matcher(s).find());
    }

    /** The index of the first line (from {@code from}) that opens the tail, or the size. */
    static int tailStart(List<TextLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (opensTail(lines.get(i).text())) {
                return i;
            }
        }
        return lines.size();
    }
}
