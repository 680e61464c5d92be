package org.litlod.ids;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.litlod.model.DocumentIds;

/**
 * Syntax of bibliographic identifiers (DOI, PMID, PMCID) and the IRIs other endpoints use for
 * the same paper, which litlod links with {@code owl:sameAs}.
 */
public final class PaperIds {
    public static final String DOI_RESOLVER = "https://doi.org/";
    public static final String PUBMED = "http://rdf.ncbi.nlm.nih.gov/pubmed/";
    public static final String EUROPE_PMC = "https://europepmc.org/articles/";
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern PMID = Pattern.compile("[1-9]\\d{0,9}");
    private static final Pattern PMCID = Pattern.compile("PMC[1-9]\\d{0,9}");

    private PaperIds() {
    }

    /**
     * Returns {@code ids} when every identifier present is well formed.
     *
     * @throws MalformedIdentifierException naming the first malformed identifier
     */
    public static DocumentIds check(DocumentIds ids) {
        if (ids.doi() != null && !DOI.matcher(ids.doi()).matches()) {
            throw new MalformedIdentifierException("DOI", ids.doi(), "10.NNNN/suffix");
        }
        if (ids.pmid() != null && !PMID.matcher(ids.pmid()).matches()) {
            throw new MalformedIdentifierException("PMID", ids.pmid(), "a positive integer");
        }
        if (ids.pmcid() != null && !PMCID.matcher(ids.pmcid()).matches()) {
            throw new MalformedIdentifierException("PMCID", ids.pmcid(), "PMC and digits");
        }
        return ids;
    }

    /**
     * The identifiers that are well formed, the others dropped: for identifiers parsed from
     * free text (reference entries), where one bad DOI should not fail the whole document.
     */
    public static DocumentIds wellFormed(DocumentIds ids) {
        return new DocumentIds(
                ids.doi() != null && DOI.matcher(ids.doi()).matches() ? ids.doi() : null,
                ids.pmid() != null && PMID.matcher(ids.pmid()).matches() ? ids.pmid() : null,
                ids.pmcid() != null && PMCID.matcher(ids.pmcid()).matches() ? ids.pmcid() : null);
    }

    /** The DOI resolver IRI of a DOI, with characters not allowed in IRIs percent-encoded. */
    public static String doiIri(String doi) {
        StringBuilder b = new StringBuilder(DOI_RESOLVER);
        for (String part : doi.split("/", -1)) {
            if (b.length() > DOI_RESOLVER.length()) {
                b.append('/');
            }
            b.append(PathSegments.encode(part).replace("~", "%7E"));
        }
        return b.toString();
    }

    /** The IRIs of the same paper at doi.org, PubMed RDF and Europe PMC, where known. */
    public static List<String> sameAs(DocumentIds ids) {
        check(ids);
        List<String> out = new ArrayList<>();
        if (ids.doi() != null) {
            out.add(doiIri(ids.doi()));
        }
        if (ids.pmid() != null) {
            out.add(PUBMED + ids.pmid());
        }
        if (ids.pmcid() != null) {
            out.add(EUROPE_PMC + ids.pmcid());
        }
        return out;
    }
}
