package org.litlod.model;

/**
 * Bibliographic identifiers of a document, each null when unknown.
 *
 * @param doi   DOI as printed, without the resolver IRI before it ("10.1038/s41375-025-02729-w")
 * @param pmid  PubMed id, digits only
 * @param pmcid PubMed Central id with its "PMC" prefix ("PMC12589124")
 */
public record DocumentIds(String doi, String pmid, String pmcid) {
    public static final DocumentIds NONE = new DocumentIds(null, null, null);
}
