package org.litlod.convert.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.TextLine;
import org.litlod.model.Link.LinkRole;
import org.litlod.model.Link;

/**
 * Collects the links a paper summary gives (in notes on omitted parts and in the footer,
 * {@code Source: URL}), each URL once (besides the source page), and reads the PMC id and PMID they name.
 */
final class SummaryLinks {
    private static final Pattern FOOTER_LINK = Pattern.compile("^([A-Za-z][\\w -]*):\\s*(https?://\\S+)$");
    private static final Pattern PMC_IN_URL = Pattern.compile("\\b(PMC\\d{1,9})\\b");
    private static final Pattern PMID_IN_URL = Pattern.compile("pubmed\\.ncbi\\.nlm\\.nih\\.gov/(\\d{1,9})");

    private final List<Link> links = new ArrayList<>();

    /**
     * Adds a link unless its URL is already there; the source page is kept in its own role even
     * when its URL also leads to the full text.
     */
    void add(LinkRole role, String url) {
        boolean known = links.stream().anyMatch(l -> l.url().equals(url)
                && (l.role() == role || (l.role() != LinkRole.SOURCE_PAGE && role != LinkRole.SOURCE_PAGE)));
        if (!known) {
            links.add(new Link(role, url));
        }
    }

    /** Adds the {@code Label: URL} lines of the footer; "Source" is the source page. */
    void addFooter(List<TextLine> footer) {
        for (TextLine line : footer) {
            Matcher m = FOOTER_LINK.matcher(line.trimmed());
            if (m.matches()) {
                String label = m.group(1).strip().toLowerCase(Locale.ROOT);
                LinkRole role = label.equals("source") ? LinkRole.SOURCE_PAGE
                        : label.contains("full") ? LinkRole.FULL_TEXT : LinkRole.RELATED;
                add(role, m.group(2));
            }
        }
    }

    List<Link> all() {
        return List.copyOf(links);
    }

    /** The first PMC id a link names, or null. */
    String pmcid() {
        return first(PMC_IN_URL);
    }

    /** The first PubMed id a PubMed link names, or null. */
    String pmid() {
        return first(PMID_IN_URL);
    }

    private String first(Pattern p) {
        for (Link link : links) {
            Matcher m = p.matcher(link.url());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }
}
