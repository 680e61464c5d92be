package org.litlod.model;

/**
 * A link the document gives to a related resource.
 *
 * @param role what the link leads to
 * @param url  the URL as written
 */
public record Link(LinkRole role, String url) {
    /** What a link leads to. */
    public enum LinkRole {
        /** The complete text of the paper. */
        FULL_TEXT,
        /** The page the document was taken from. */
        SOURCE_PAGE,
        /** Any other related page. */
        RELATED
    }
}
