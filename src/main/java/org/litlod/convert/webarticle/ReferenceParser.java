package org.litlod.convert.webarticle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.model.DocumentIds;
import org.litlod.model.Reference;

/**
 * Parses one reference entry in the NLM/Vancouver style web pages use: authors, title, journal,
 * year;volume(issue):pages, with bracketed notes ("[published correction appears in …]"),
 * supplements ("27 Suppl 3(Suppl 3)") and identifiers (doi:, PMID:, PMCID:). Entries that do
 * not follow the journal pattern (books) keep their title and year.
 */
final class ReferenceParser {
    private static final Pattern NOTE = Pattern.compile("\\s*\\[([^\\[\\]]+)\\]");
    private static final Pattern DOI = Pattern.compile(
            "(?i)\\s*(?:doi:?\\s*|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/\\S+?)(?=\\.?(?:\\s|$))\\.?");
    private static final Pattern PMID = Pattern.compile("(?i)\\s*PMID:?\\s*(\\d{1,9})\\.?");
    private static final Pattern PMCID = Pattern.compile("(?i)\\s*PMCID:?\\s*(PMC\\d{1,9})\\.?");
    private static final Pattern NAME = Pattern.compile(
            "(?:[\\p{L}'\u2019-]+\\s)*\\p{Lu}[\\p{L}'\u2019-]+\\s\\p{Lu}{1,4}");
    private static final Pattern ET_AL = Pattern.compile("(?i)et\\.?\\s+al\\.?");
    private static final Pattern JOURNAL = Pattern.compile("^(?<title>.+?[.?!])\\s+(?<journal>[^.]+?)\\.\\s*"
            + "(?<year>\\d{4})[^;:.]*(?:;\\s*(?<vol>[^(:;]*?)\\s*(?:\\((?<iss>[^)]*)\\))?)?"
            + "(?::\\s*(?<pages>[^\\s;]+?))?\\.?\\s*$");
    private static final Pattern SUPPLEMENT = Pattern.compile("(?i)^(\\S+)\\s+(Suppl(?:ement)?\\.?\\s*\\S*)$");
    private static final Pattern SUPPLEMENT_ONLY = Pattern.compile("(?i)^Suppl(?:ement)?\\.?\\s*\\S*$");
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");

    private ReferenceParser() {
    }

    /** The reference the entry text (without its number) describes. */
    static Reference parse(int number, String entry) {
        String rest = entry.strip();
        List<String> notes = new ArrayList<>();
        Matcher m = NOTE.matcher(rest);
        while (m.find()) {
            notes.add(m.group(1).strip());
        }
        rest = NOTE.matcher(rest).replaceAll("");
        String doi = group(DOI, rest);
        rest = DOI.matcher(rest).replaceAll("");
        String pmid = group(PMID, rest);
        rest = PMID.matcher(rest).replaceAll("");
        String pmcid = group(PMCID, rest);
        rest = PMCID.matcher(rest).replaceAll("").strip();

        List<String> authors = new ArrayList<>();
        boolean etAl = false;
        int end = rest.indexOf(". ");
        if (end > 0) {
            List<String> names = new ArrayList<>(List.of(rest.substring(0, end).split("\\s*,\\s*")));
            if (ET_AL.matcher(names.get(names.size() - 1)).matches()) {
                etAl = true;
                names.remove(names.size() - 1);
            }
            if (!names.isEmpty() && names.stream().allMatch(n -> NAME.matcher(n).matches())) {
                authors.addAll(names);
                rest = rest.substring(end + 2).strip();
            } else {
                etAl = false;
            }
        }
        DocumentIds ids = new DocumentIds(doi, pmid, pmcid);
        String note = notes.isEmpty() ? null : String.join("; ", notes);
        Matcher j = JOURNAL.matcher(rest);
        if (!j.matches()) {
            int dot = rest.indexOf(". ");
            String title = dot > 0 ? rest.substring(0, dot) : trimEnd(rest);
            Matcher y = YEAR.matcher(rest);
            Integer year = null;
            while (y.find()) {
                year = Integer.valueOf(y.group(1));
            }
            return new Reference(number, entry.strip(), authors, etAl, title, null, year, null, null,
                    null, null, ids, note);
        }
        String volume = blankToNull(j.group("vol"));
        String issue = blankToNull(j.group("iss"));
        String supplement = null;
        Matcher s = volume == null ? null : SUPPLEMENT.matcher(volume);
        if (s != null && s.matches()) {
            volume = s.group(1);
            supplement = s.group(2);
        }
        if (issue != null && SUPPLEMENT_ONLY.matcher(issue).matches()) {
            supplement = supplement == null ? issue : supplement;
            issue = issue.equalsIgnoreCase(supplement) ? null : issue;
        }
        return new Reference(number, entry.strip(), authors, etAl, trimEnd(j.group("title")),
                j.group("journal").strip(), Integer.valueOf(j.group("year")), volume, issue, supplement,
                blankToNull(j.group("pages")), ids, note);
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String trimEnd(String title) {
        String t = title.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
