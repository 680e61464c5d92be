package org.litlod.tag.eval;

import java.util.regex.Pattern;

/**
 * The gold formats the evaluation reads itself, told apart by content: the first non-blank
 * line of a text decides.
 */
public enum GoldFormat {
    /** PubTator, and the NCBI-disease corpus that writes it: "PMID|t|title". Read by {@link PubTatorReader}. */
    PUBTATOR,
    /** BioC XML: a {@code <collection>} root. Read by {@link BioCReader}. */
    BIOC_XML,
    /** The annotation table of the S800 species corpus. Read by {@link S800Reader}. */
    S800_ANNOTATIONS,
    /** The document table of the S800 species corpus ("species001 PMID:21183147 ..."). */
    S800_DOCUMENTS;

    private static final Pattern PUBTATOR_LINE = Pattern.compile("[^|\\s]+\\|[ta]\\|.*");

    /** The format of a text that starts with {@code head}, or null when it is none of these. */
    public static GoldFormat detect(String head) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String first = text.strip().lines().findFirst().orElse("");
        if (first.startsWith("<")) {
            return text.contains("<collection") ? BIOC_XML : null;
        }
        if (PUBTATOR_LINE.matcher(first).matches()) {
            return PUBTATOR;
        }
        if (S800Reader.isAnnotationLine(first)) {
            return S800_ANNOTATIONS;
        }
        return S800Reader.isDocumentLine(first) ? S800_DOCUMENTS : null;
    }
}
