package org.litlod.convert.portal;

import java.util.List;
import java.util.Optional;

/**
 * A field of a research-portal page where the scraper glued label and value together
 * ("Original languageEnglish (US)", "Issue number120"), split by the known Pure labels.
 *
 * @param label the label ("Issue number")
 * @param value the value ("120")
 * @param line  1-based line number
 */
record GluedField(String label, String value, int line) {
    /** Field lines are short; a longer line is prose that happens to start like a label. */
    private static final int MAX_LENGTH = 200;

    /** Pure's field labels, longest first so that a label never hides a longer one. */
    static final List<String> LABELS = List.of(
            "Title of host publication", "Place of Publication", "Externally published",
            "Early online date", "Publication status", "Original language", "Pages (from-to)",
            "ISBN (Electronic)", "Number of pages", "Country/Territory", "ISBN (Print)",
            "Article number", "Issue number", "Book title", "PubMed ID", "Conference", "Publisher",
            "Journal", "Edition", "Volume", "Period", "Pages", "State", "Event", "ISSN", "DOIs", "City");

    /** The field the line holds, or empty when it does not start with a known label. */
    static Optional<GluedField> of(String line, int number) {
        String s = line.strip();
        if (s.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (String label : LABELS) {
            if (s.startsWith(label) && s.length() > label.length()) {
                String value = s.substring(label.length()).strip();
                if (!value.isEmpty()) {
                    return Optional.of(new GluedField(label, value, number));
                }
            }
        }
        return Optional.empty();
    }

}
