package org.litlod.tag.variant;

import java.util.Locale;

/** The twenty amino acids and the stop codon in one- and three-letter codes. */
final class AminoAcids {

    private static final String ONE = "ACDEFGHIKLMNPQRSTVWY";
    private static final String[] THREE = {"Ala", "Cys", "Asp", "Glu", "Phe", "Gly", "His", "Ile",
        "Lys", "Leu", "Met", "Asn", "Pro", "Gln", "Arg", "Ser", "Thr", "Val", "Trp", "Tyr"};

    /** Regex alternative of the three-letter codes. */
    static final String THREE_LETTER = String.join("|", THREE);

    private AminoAcids() {
    }

    /** The three-letter code of a one-letter code; "*" and "X" are the stop "Ter"; null if unknown. */
    static String threeLetter(char one) {
        if (one == '*' || one == 'X') {
            return "Ter";
        }
        int i = ONE.indexOf(one);
        return i < 0 ? null : THREE[i];
    }

    /** The canonical three-letter code of a written one ("leu" → "Leu", "*" → "Ter"). */
    static String canonical(String written) {
        if (written.length() == 1) {
            return threeLetter(written.charAt(0));
        }
        String w = written.substring(0, 1).toUpperCase(Locale.ROOT)
                + written.substring(1).toLowerCase(Locale.ROOT);
        if (w.equals("Ter") || w.equals("Stop")) {
            return "Ter";
        }
        for (String t : THREE) {
            if (t.equals(w)) {
                return t;
            }
        }
        return null;
    }
}
