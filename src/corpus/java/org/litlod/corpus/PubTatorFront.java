package org.litlod.corpus;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The title passage of a paper as PubTator3 writes it in BioC: the title with PubMed's closing
 * full stop, and the infons carrying the citation, the article ids (PMID, PMCID, DOI), the
 * authors ("Family G, ...") and the journal details.
 */
final class PubTatorFront {
    private static final DateTimeFormatter CITED = DateTimeFormatter.ofPattern("yyyy MMM d", Locale.ENGLISH);

    private PubTatorFront() {
    }

    /** The title as PubTator writes it, with PubMed's closing full stop. */
    static String title(Paper p) {
        return p.title() + ".";
    }

    /** The infons of the title passage: citation, identifiers, authors and journal details. */
    static Map<String, String> infons(Paper p) {
        int first = p.firstPage();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("journal", p.journal().abbreviation() + ". " + CITED.format(p.date()) + ";" + p.volume() + "("
                + p.issue() + "):" + first + "-" + (first + 8) + ". doi: " + p.doi());
        m.put("year", String.valueOf(p.date().getYear()));
        m.put("article-id_pmid", String.valueOf(p.pmid()));
        m.put("article-id_pmc", p.pmcid());
        m.put("article-id_doi", p.doi());
        m.put("type", "title");
        m.put("authors", String.join(", ", p.authors().stream().map(Paper::initialled).toList()));
        m.put("source", p.journal().abbreviation());
        m.put("volume", String.valueOf(p.volume()));
        m.put("issue", String.valueOf(p.issue()));
        m.put("fpage", String.valueOf(first));
        m.put("lpage", String.valueOf(first + 8));
        return m;
    }
}
