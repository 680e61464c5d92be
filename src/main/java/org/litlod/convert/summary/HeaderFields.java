package org.litlod.convert.summary;

import org.litlod.model.PublicationDate;

/**
 * What the header line of a paper summary gives; any field may be null.
 *
 * @param sourceDatabase the database the summary was taken from ("PMC")
 * @param doi            the DOI ("10.1038/s41375-025-02729-w")
 * @param pmid           the PubMed id
 * @param pmcid          the PubMed Central id ("PMC12589124")
 * @param journal        the journal title
 * @param date           the publication date at the precision given
 */
record HeaderFields(String sourceDatabase, String doi, String pmid, String pmcid, String journal,
                    PublicationDate date) {
    static final HeaderFields NONE = new HeaderFields(null, null, null, null, null, null);

    /** These fields, each filled from the other where this one has none. */
    HeaderFields or(HeaderFields other) {
        return new HeaderFields(first(sourceDatabase, other.sourceDatabase), first(doi, other.doi),
                first(pmid, other.pmid), first(pmcid, other.pmcid), first(journal, other.journal),
                date != null ? date : other.date);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
