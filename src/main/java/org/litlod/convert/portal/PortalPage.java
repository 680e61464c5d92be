package org.litlod.convert.portal;

import java.util.List;
import org.litlod.convert.TextLine;

/**
 * The parts of a scraped research-portal page, as found by {@link PortalPageReader}; scalar
 * parts are null when the page lacks them.
 *
 * @param title       the title line
 * @param authors     the author line
 * @param outputType  the text after "Research output:"
 * @param citations   the "N Scopus citations" line
 * @param abstractParagraphs the paragraphs of the abstract
 * @param fields      the glued label/value fields
 * @param subjects    the subject areas
 * @param documentLinks the items listed under "Access to Document" (DOIs, links)
 */
record PortalPage(TextLine title, TextLine authors, TextLine outputType, TextLine citations,
                  List<String> abstractParagraphs, List<GluedField> fields, List<String> subjects,
                  List<String> documentLinks) {

    /** The value of the first field with the label, or null. */
    GluedField field(String label) {
        return fields.stream().filter(f -> f.label().equals(label)).findFirst().orElse(null);
    }

    /** The value of the first field with one of the labels, or null. */
    String value(String... labels) {
        for (String label : labels) {
            GluedField f = field(label);
            if (f != null) {
                return f.value();
            }
        }
        return null;
    }
}
