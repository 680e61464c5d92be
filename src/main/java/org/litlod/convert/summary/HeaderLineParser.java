package org.litlod.convert.summary;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
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
    private static final Pattern LOOKS_LIKE_DOI = Pattern.compile("(?i)(?:doi\\b.*|https?://(?:dx\\.)?doi\\.org/.*|10\\.\\S*)");
    private static final Pattern LOOKS_LIKE_DATE = Pattern.compile("\\d{1,4}[-/.]\\d{1,2}(?:[-/.]\\d{1,4})?");
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
        HeaderFields f = parse(s, (field, value) -> { });
        return f.journal() == null && !f.equals(HeaderFields.NONE);
    }

    /** The fields the line gives, malformed ones left out silently. */
    static HeaderFields parse(String line) {
        return parse(line, (field, value) -> { });
    }

    /**
     * The fields the line gives. A field written as a DOI ("DOI: …") or as a numeric date
     * ("2025-13-45") that is not one is handed to {@code malformed} (what it was meant to be, the
     * value) and left out, rather than taken for the journal.
     */
    static HeaderFields parse(String line, BiConsumer<String, String> malformed) {
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
            } else if (LOOKS_LIKE_DOI.matcher(field).matches()) {
                malformed.accept("DOI", field);
            } else if (LOOKS_LIKE_DATE.matcher(field).matches()) {
                malformed.accept("date", field);
            } else if (DATABASES.contains(field.toLowerCase(Locale.ROOT))) {
                database = field;
            } else if (journal == null) {
                journal = field;
            }
        }
        return new HeaderFields(database, doi, pmid, pmcid, journal, date);
    }
}
