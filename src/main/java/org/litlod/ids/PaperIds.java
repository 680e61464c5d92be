package org.litlod.ids;

import java.util.ArrayList;
import java.util.List;
import org.litlod.model.DocumentIds;
import org.litlod.schemes.IdentifierScheme;
import org.litlod.schemes.IdentifierSchemes;

/**
 * Syntax of bibliographic identifiers (DOI, PMID, PMCID) and the IRIs other endpoints use for
 * the same paper, which litlod links with {@code owl:sameAs}.
 */
public final class PaperIds {
    private static final IdentifierScheme DOI = IdentifierSchemes.DOI;
    private static final IdentifierScheme PMID = IdentifierSchemes.PMID;
    private static final IdentifierScheme PMCID = IdentifierSchemes.PMCID;
    private static final String DOI_RESOLVER = DOI.canonical().namespace();

    private PaperIds() {
    }

    /**
     * Returns {@code ids} when every identifier present is well formed.
     *
     * @throws MalformedIdentifierException naming the first malformed identifier
     */
    public static DocumentIds check(DocumentIds ids) {
        if (ids.doi() != null && !DOI.isValid(ids.doi())) {
            throw new MalformedIdentifierException("DOI", ids.doi(), DOI.expected());
        }
        if (ids.pmid() != null && !PMID.isValid(ids.pmid())) {
            throw new MalformedIdentifierException("PMID", ids.pmid(), PMID.expected());
        }
        if (ids.pmcid() != null && !PMCID.isValid(ids.pmcid())) {
            throw new MalformedIdentifierException("PMCID", ids.pmcid(), PMCID.expected());
        }
        return ids;
    }

    /**
     * The identifiers that are well formed, the others dropped: for identifiers parsed from
     * free text (reference entries), where one bad DOI should not fail the whole document.
     */
    public static DocumentIds wellFormed(DocumentIds ids) {
        return new DocumentIds(
                ids.doi() != null && DOI.isValid(ids.doi()) ? ids.doi() : null,
                ids.pmid() != null && PMID.isValid(ids.pmid()) ? ids.pmid() : null,
                ids.pmcid() != null && PMCID.isValid(ids.pmcid()) ? ids.pmcid() : null);
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
            out.add(PMID.iri(ids.pmid()));
        }
        if (ids.pmcid() != null) {
            out.add(PMCID.iri(ids.pmcid()));
        }
        return out;
    }
}
