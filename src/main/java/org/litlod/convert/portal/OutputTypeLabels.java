package org.litlod.convert.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.litlod.model.DocumentKind;

/**
 * Splits a research-output type whose Pure labels the scraper glued together
 * ("Contribution to journalArticlepeer-review") into its labels
 * ("Contribution to journal / Article / peer-review"), and says what kind of document it is.
 */
final class OutputTypeLabels {
    /** Known Pure output-type labels. */
    private static final List<String> LABELS = sortedLongestFirst(List.of(
            "Contribution to journal", "Contribution to book/anthology/report/conference proceeding",
            "Contribution to conference", "Chapter in Book/Report/Conference proceeding",
            "Book/Report", "Book/Film/Article review", "Article", "Review article", "Systematic review",
            "Letter", "Editorial", "Comment/debate", "Chapter", "Conference contribution",
            "Conference article", "Conference paper", "Paper", "Poster", "Abstract", "Meeting Abstract",
            "Short survey", "Scientific review", "Special issue", "Erratum", "Note", "Case report",
            "Foreword/postscript", "Entry for encyclopedia/dictionary", "Book", "Anthology", "Report",
            "Commissioned report", "Working paper", "Thesis", "Doctoral Thesis", "Master's Thesis",
            "Other contribution", "Other report", "Preprint", "Dataset", "peer-review", "Non peer-review",
            "Peer-reviewed", "Non-peer-reviewed"));

    /** Characters some portals print between the labels. */
    private static final String SEPARATORS = "\u203A\u00BB\u00B7>|";

    private OutputTypeLabels() {
    }

    /** The labels in order; text that no label matches is kept as one label of its own. */
    static List<String> split(String glued) {
        List<String> out = new ArrayList<>();
        String s = glued.strip();
        StringBuilder unknown = new StringBuilder();
        int at = 0;
        while (at < s.length()) {
            String match = null;
            for (String label : LABELS) {
                if (s.startsWith(label, at)) {
                    match = label;
                    break;
                }
            }
            if (match == null && SEPARATORS.indexOf(s.charAt(at)) >= 0) {
                flush(unknown, out);
                at++;
                continue;
            }
            if (match == null) {
                unknown.append(s.charAt(at++));
                continue;
            }
            flush(unknown, out);
            out.add(match);
            at += match.length();
        }
        flush(unknown, out);
        return out;
    }

    /** The document kind the labels denote. */
    static DocumentKind kind(List<String> labels) {
        List<String> lower = labels.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
        if (lower.contains("review article") || lower.contains("systematic review")
                || lower.contains("scientific review") || lower.contains("short survey")) {
            return DocumentKind.REVIEW_ARTICLE;
        }
        if (lower.contains("contribution to journal") || lower.contains("article")
                || lower.contains("letter") || lower.contains("editorial")) {
            return DocumentKind.JOURNAL_ARTICLE;
        }
        return DocumentKind.OTHER;
    }

    private static void flush(StringBuilder unknown, List<String> out) {
        if (!unknown.toString().isBlank()) {
            out.add(unknown.toString().strip());
        }
        unknown.setLength(0);
    }

    private static List<String> sortedLongestFirst(List<String> labels) {
        return labels.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
