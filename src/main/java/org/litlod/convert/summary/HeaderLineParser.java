package org.litlod.convert.summary;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.DateParser;
import org.litlod.model.PublicationDate;

/**
 * Reads the header line of a paper summary ({@code PMC · DOI: 10.… · Leukemia · 2025-08-14}).
 * Fields are separated by a middle dot or a bar, may come in any order and may be missing; each
 * is recognised by its shape: a DOI, a PMID, a PMC id, a date, a known source database, and
 * otherwise the journal.
 */
final class HeaderLineParser {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[\u00B7|]\\s*");
    private static final Pattern DOI = Pattern.compile(
            "(?i)(?:doi:?\\s*|https?://(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}/\\S+)");
    private static final Pattern PMID = Pattern.compile("(?i)PMID:?\\s*(\\d{1,9})");
    private static final Pattern PMCID = Pattern.compile("(?i)(?:PMCID:?\\s*)?(PMC\\d{1,9})");
    private static final Set<String> DATABASES = Set.of("pmc", "pubmed", "europe pmc", "biorxiv",
            "medrxiv", "arxiv", "chemrxiv", "semantic scholar", "openalex", "crossref", "core",
            "doaj", "ssrn", "research square");

    private HeaderLineParser() {
    }

    /** Whether the line looks like a header line: separated fields or one recognised field. */
    static boolean isHeader(String line) {
        String s = line.strip();
        if (s.indexOf('\u00B7') >= 0) {
            return true;
        }
        HeaderFields f = parse(s);
        return f.journal() == null && !f.equals(HeaderFields.NONE);
    }

    /** The fields the line gives. */
    static HeaderFields parse(String line) {
        String database = null;
        String doi = null;
        String pmid = null;
        String pmcid = null;
        String journal = null;
        PublicationDate date = null;
        for (String field : SEPARATOR.split(line.strip())) {
            if (field.isEmpty()) {
                continue;
            }
            Matcher m;
            Optional<PublicationDate> asDate = DateParser.parse(field);
            if ((m = DOI.matcher(field)).matches()) {
                doi = m.group(1);
            } else if ((m = PMID.matcher(field)).matches()) {
                pmid = m.group(1);
            } else if ((m = PMCID.matcher(field)).matches()) {
                pmcid = m.group(1).toUpperCase(Locale.ROOT);
            } else if (asDate.isPresent()) {
                date = asDate.get();
            } else if (DATABASES.contains(field.toLowerCase(Locale.ROOT))) {
                database = field;
            } else if (journal == null) {
                journal = field;
            }
        }
        return new HeaderFields(database, doi, pmid, pmcid, journal, date);
    }
}
