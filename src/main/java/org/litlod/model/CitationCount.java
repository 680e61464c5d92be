package org.litlod.model;

/**
 * How often a document has been cited, by the count of one index.
 *
 * @param count the number of citing documents
 * @param index the index that counted them ("Scopus")
 */
public record CitationCount(int count, String index) {
    public CitationCount {
        if (count < 0) {
            throw new IllegalArgumentException("negative citation count");
        }
    }
}
