package org.litlod.model;

/** What kind of publication a document is. */
public enum DocumentKind {
    /** A research article in a journal. */
    JOURNAL_ARTICLE,
    /** A review article. */
    REVIEW_ARTICLE,
    /** An article on a web page (not peer reviewed). */
    WEB_ARTICLE,
    /** Anything else. */
    OTHER
}
