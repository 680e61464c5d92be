package org.litlod.tag.lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * MeSH and CTD write many terms inverted, head first ("Anemia, Hemolytic", "Leukemia, Myeloid,
 * Acute"), a form that never occurs in running text. This gives the text order ("Hemolytic
 * Anemia", "Acute Myeloid Leukemia") by reading the comma-separated parts backwards. Terms
 * whose commas are part of a chemical name ("1,2-Dihydroxybenzene"), or that hold brackets,
 * are left alone.
 */
final class InvertedTerms {

    private InvertedTerms() {
    }

    /** The text-order form of an inverted term, or nothing when the term is not inverted. */
    static List<String> textOrder(String term) {
        if (!term.contains(", ") || term.indexOf('(') >= 0 || term.indexOf('[') >= 0) {
            return List.of();
        }
        String[] parts = term.split(", ");
        if (parts.length > 4) {
            return List.of();
        }
        List<String> reversed = new ArrayList<>(parts.length);
        for (int i = parts.length - 1; i >= 0; i--) {
            String p = parts[i].strip();
            if (p.isEmpty()) {
                return List.of();
            }
            reversed.add(p);
        }
        return List.of(String.join(" ", reversed));
    }
}
