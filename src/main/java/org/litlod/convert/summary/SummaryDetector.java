package org.litlod.convert.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.litlod.convert.TextBlocks;

/** Scores how much a text looks like a paper summary, and says what it lacks. */
final class SummaryDetector {
    private static final Pattern TITLE = Pattern.compile("(?m)\\A\\s*# \\S");
    private static final Pattern AUTHORS = Pattern.compile("(?m)^\\s*\\*\\*Authors?:?\\*\\*");
    private static final Pattern KNOWN_SECTION = Pattern.compile(
            "(?mi)^## (TL;DR|Contribution|Key findings|Abstract|Linked entities|Full-text entities)\\s*$");

    private SummaryDetector() {
    }

    static int score(String text) {
        if (TextBlocks.opensAsMarkup(text)) {
            return 0;
        }
        int score = 0;
        if (TITLE.matcher(text).find()) {
            score += 25;
        }
        if (AUTHORS.matcher(text).find()) {
            score += 40;
        }
        score += (int) Math.min(35, KNOWN_SECTION.matcher(text).results().count() * 10);
        return score;
    }

    static String missing(String text) {
        List<String> lacks = new ArrayList<>();
        if (!TITLE.matcher(text).find()) {
            lacks.add("no '# ' title line");
        }
        if (!AUTHORS.matcher(text).find()) {
            lacks.add("no '**Authors:**' line");
        }
        if (!KNOWN_SECTION.matcher(text).find()) {
            lacks.add("no '## TL;DR', '## Abstract' or entity section");
        }
        return lacks.isEmpty() ? "too little of the layout" : String.join(", ", lacks);
    }
}
