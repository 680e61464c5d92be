package org.litlod.convert;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises a protein substitution to HGVS with three-letter amino acids ("p.L1196M" and the
 * tmVar form "p|SUB|L|1196|M" both give "p.Leu1196Met"); anything else is not normalised.
 */
public final class ProteinChange {
    private static final Map<Character, String> AMINO_ACIDS = Map.ofEntries(
            Map.entry('A', "Ala"), Map.entry('R', "Arg"), Map.entry('N', "Asn"), Map.entry('D', "Asp"),
            Map.entry('C', "Cys"), Map.entry('Q', "Gln"), Map.entry('E', "Glu"), Map.entry('G', "Gly"),
            Map.entry('H', "His"), Map.entry('I', "Ile"), Map.entry('L', "Leu"), Map.entry('K', "Lys"),
            Map.entry('M', "Met"), Map.entry('F', "Phe"), Map.entry('P', "Pro"), Map.entry('S', "Ser"),
            Map.entry('T', "Thr"), Map.entry('W', "Trp"), Map.entry('Y', "Tyr"), Map.entry('V', "Val"),
            Map.entry('U', "Sec"), Map.entry('O', "Pyl"), Map.entry('X', "Ter"), Map.entry('*', "Ter"));
    private static final String THREE = "(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe"
            + "|Pro|Ser|Thr|Trp|Tyr|Val|Sec|Pyl|Ter)";
    private static final Pattern ONE_LETTER = Pattern.compile("p\\.\\(?([A-Z])(\\d{1,6})([A-Z*])\\)?");
    private static final Pattern THREE_LETTER = Pattern.compile("p\\.\\(?(" + THREE + ")(\\d{1,6})(" + THREE + ")\\)?");
    private static final Pattern TMVAR = Pattern.compile("p\\|SUB\\|([A-Z])\\|(\\d{1,6})\\|([A-Z*])");

    private ProteinChange() {
    }

    /** The HGVS protein substitution with three-letter amino acids, or null when not one. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        Matcher m = THREE_LETTER.matcher(s);
        if (m.matches()) {
            return "p." + m.group(1) + m.group(2) + m.group(3);
        }
        m = ONE_LETTER.matcher(s);
        if (!m.matches()) {
            m = TMVAR.matcher(s);
            if (!m.matches()) {
                return null;
            }
        }
        String from = AMINO_ACIDS.get(m.group(1).charAt(0));
        String to = AMINO_ACIDS.get(m.group(3).charAt(0));
        if (from == null || to == null || m.group(2).startsWith("0")) {
            return null;
        }
        return "p." + from + m.group(2) + to;
    }
}
