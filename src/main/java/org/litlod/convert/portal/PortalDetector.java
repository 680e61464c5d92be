package org.litlod.convert.portal;

import java.util.regex.Pattern;
import org.litlod.convert.TextBlocks;

/** Scores how much a text looks like a scraped research-portal record, and says what it lacks. */
final class PortalDetector {
    private static final Pattern RESEARCH_OUTPUT = Pattern.compile("(?m)^Research output:\\s*\\S");
    private static final Pattern GLUED = Pattern.compile(
            "(?m)^(Original language|Journal|Issue number|State|Externally published|DOIs|Volume)\\S");
    private static final Pattern CITATIONS = Pattern.compile("(?m)^\\d[\\d,]*\\s+\\S.*?citations?\\s*$");
    private static final Pattern SUBJECTS = Pattern.compile("(?m)^ASJC Scopus subject areas\\s*$");

    private PortalDetector() {
    }

    static int score(String text) {
        if (TextBlocks.opensAsMarkup(text)) {
            return 0;
        }
        int score = 0;
        if (RESEARCH_OUTPUT.matcher(text).find()) {
            score += 60;
        }
        score += (int) Math.min(20, GLUED.matcher(text).results().count() * 5);
        if (CITATIONS.matcher(text).find()) {
            score += 10;
        }
        if (SUBJECTS.matcher(text).find()) {
            score += 10;
        }
        return score;
    }

    static String missing(String text) {
        if (!RESEARCH_OUTPUT.matcher(text).find()) {
            return "no 'Research output:' line";
        }
        return "too few portal fields ('Original language…', 'Journal…')";
    }
}
