package org.litlod.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.litlod.model.Document;
import org.litlod.model.DocumentIds;
import org.litlod.model.Reference;
import org.litlod.model.Venue;

/**
 * Checks the optional identifiers of every converted document, whatever its format: a DOI, PMID
 * or PMCID (of the paper or of a reference) or an ISSN that is malformed is left out with a
 * {@link FieldWarning}, and the document keeps everything else (a DOI written as a link or with
 * "doi:" keeps its bare form, a PMCID its "PMC" prefix, see {@link ArticleIds}). What identifies or structures a
 * document (its title, the file's syntax) stays fatal, in the converters.
 */
public final class OptionalFields {
    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}/\\S+");
    private static final Pattern DOI_PREFIX = Pattern.compile("^(?i)(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)");
    private static final Pattern ISSN = Pattern.compile("[0-9]{4}-?[0-9]{3}[0-9Xx]");

    private OptionalFields() {
    }

    /** The document with its malformed optional identifiers left out, a warning for each; the same document if none is. */
    public static Document check(Document d, String file) {
        List<String> warnings = new ArrayList<>();
        String of = " of \"" + shortTitle(d.title()) + "\"";
        DocumentIds ids = ids(d.ids(), file, of, warnings);
        Venue venue = d.venue();
        if (venue != null && venue.issn() != null && !isIssn(venue.issn())) {
            warnings.add(FieldWarning.of(FieldWarning.BAD_ISSN, file, 0, "ISSN", venue.issn(), of,
                    "is not an ISSN (NNNN-NNNC with a matching check digit)"));
            venue = new Venue(venue.journal(), null, venue.volume(), venue.issue(), venue.supplement(), venue.pages());
        }
        List<Reference> refs = new ArrayList<>();
        for (Reference r : d.references()) {
            DocumentIds checked = ids(r.ids(), file, " of reference " + r.number() + of, warnings);
            refs.add(checked == r.ids() ? r : new Reference(r.number(), r.text(), r.authors(), r.etAl(), r.title(),
                    r.journal(), r.year(), r.volume(), r.issue(), r.supplement(), r.pages(), checked, r.note()));
        }
        boolean same = ids == d.ids() && venue == d.venue() && refs.equals(d.references());
        return same ? d : d.withChecked(ids, venue, refs, warnings);
    }

    /** Whether the text is an ISSN whose check digit matches (ISO 3297). */
    static boolean isIssn(String text) {
        String s = text.strip();
        if (!ISSN.matcher(s).matches()) {
            return false;
        }
        String digits = s.replace("-", "");
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * (8 - i);
        }
        int check = (11 - sum % 11) % 11;
        char last = Character.toUpperCase(digits.charAt(7));
        return check == 10 ? last == 'X' : last == (char) ('0' + check);
    }

    private static DocumentIds ids(DocumentIds ids, String file, String where, List<String> warnings) {
        String doi = ids.doi() == null ? null : DOI_PREFIX.matcher(ids.doi().strip()).replaceFirst("");
        String pmid = ids.pmid();
        String pmcid = ids.pmcid();
        if (doi != null && !DOI.matcher(doi).matches()) {
            warnings.add(FieldWarning.of(FieldWarning.BAD_DOI, file, 0, "DOI", doi, where, "is not a DOI (10.NNNN/suffix)"));
            doi = null;
        }
        if (pmid != null) {
            String checked = ArticleIds.pmid(pmid);
            if (checked == null) {
                warnings.add(FieldWarning.of(FieldWarning.BAD_ARTICLE_ID, file, 0, "PMID", pmid, where, "is not a PMID"));
            }
            pmid = checked;
        }
        if (pmcid != null) {
            String checked = ArticleIds.pmcid(pmcid);
            if (checked == null) {
                warnings.add(FieldWarning.of(FieldWarning.BAD_ARTICLE_ID, file, 0, "PMCID", pmcid, where, "is not a PMCID"));
            }
            pmcid = checked;
        }
        boolean same = java.util.Objects.equals(doi, ids.doi()) && java.util.Objects.equals(pmid, ids.pmid())
                && java.util.Objects.equals(pmcid, ids.pmcid());
        return same ? ids : new DocumentIds(doi, pmid, pmcid);
    }

    private static String shortTitle(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        return t.length() <= 60 ? t : t.substring(0, 59) + "…";
    }
}
