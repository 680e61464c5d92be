package org.litlod.corpus;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes papers in litlod's three seed formats: the paper summary (Markdown), the
 * research-portal record and the web article, laid out as the seeds are.
 */
final class TextFormats {
    private static final DateTimeFormatter PORTAL_DATE = DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter WEB_DATE = DateTimeFormatter.ofPattern("MMM d,yyyy", Locale.ENGLISH);

    private TextFormats() {
    }

    /** A paper summary, as {@code seeds/000_*.txt}. */
    static String summary(Paper p) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(p.title()).append("\n\n");
        b.append("**Authors:** ").append(String.join(", ", p.authors())).append("\n\n");
        b.append(p.date().toString(), 0, 7).append(" · ").append(p.journal().title()).append(" · PMID: ")
                .append(p.pmid()).append(" · DOI: ").append(p.doi()).append(" · PubMed\n\n");
        b.append("## TL;DR\n\n").append(p.sentences().get(p.sentences().size() - 1)).append("\n\n");
        b.append("## Abstract\n\n");
        paragraphs(b, p.sentences());
        b.append("---\nSource: https://pubmed.ncbi.nlm.nih.gov/").append(p.pmid()).append("/\n");
        return b.toString();
    }

    /** A research-portal record, as {@code seeds/001_*.txt}. */
    static String portal(Paper p) {
        StringBuilder b = new StringBuilder();
        b.append(p.title()).append("\n\n").append(String.join(", ", p.authors())).append("\n\n");
        b.append("Research output: Contribution to journalArticlepeer-review\n\n\n");
        paragraphs(b, p.sentences());
        b.append("Original languageEnglish (US)\n");
        b.append("JournalJ").append(p.journal().title().substring(1)).append('\n');
        b.append("Volume").append(p.volume()).append('\n');
        b.append("Issue number").append(p.issue()).append('\n');
        b.append("DOIs").append(p.doi()).append('\n');
        b.append("StatePublished - ").append(PORTAL_DATE.format(p.date())).append("\n\n");
        b.append("Fingerprint\n\nDive into the research topics of '").append(p.title())
                .append("'. Together they form a unique fingerprint.\n\nCite this\n");
        return b.toString();
    }

    /** A web article about a drug, as {@code seeds/002_*.txt}, with one cited reference. */
    static String webArticle(Paper p) {
        StringBuilder b = new StringBuilder();
        b.append(p.title()).append("\n\n").append(WEB_DATE.format(p.date())).append("\n\n");
        List<String> s = p.sentences();
        int half = s.size() / 2;
        b.append("Overview\n\n").append(String.join(" ", s.subList(0, half))).append(" [1]\n\n");
        b.append("Findings\n\n").append(String.join(" ", s.subList(half, s.size()))).append("\n\n");
        String first = p.authors().get(0);
        int space = first.indexOf(' ');
        b.append("References\n\n1. ").append(first.substring(space + 1)).append(' ').append(first.charAt(0))
                .append(". ").append(p.title()).append(". J Synth Oncol. ").append(p.date().getYear())
                .append(';').append(p.volume()).append('(').append(p.issue()).append("):1-9.\n");
        return b.toString();
    }

    private static void paragraphs(StringBuilder b, List<String> sentences) {
        int half = sentences.size() / 2;
        b.append(String.join(" ", sentences.subList(0, half))).append("\n\n");
        b.append(String.join(" ", sentences.subList(half, sentences.size()))).append("\n\n");
    }
}
