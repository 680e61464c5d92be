package org.litlod.tag.relate;

import java.util.regex.Pattern;

/**
 * Whether the words between a chemical and a disease mention of one sentence say that the
 * chemical induces the disease: "cisplatin-induced nephrotoxicity", "haloperidol caused
 * dyskinesia", or, the disease first, "hepatitis induced by isoniazid", "seizures after
 * lidocaine". Only a short stretch of text between the two counts (at most {@link #MAX_GAP}
 * characters, no semicolon).
 */
final class InductionCues {
    /** The most characters between the two mentions for a cue to count. */
    static final int MAX_GAP = 60;

    private static final Pattern CHEMICAL_FIRST = Pattern.compile(
            "(?i)^[\\s-]*(?:\\S+\\s+){0,2}?(?:induced|induces|induce|induction|caused|causes|cause"
                    + "|produced|produces|provoked|evoked|precipitated|triggered|related|associated|toxicity)\\b.*");
    private static final Pattern DISEASE_FIRST = Pattern.compile(
            "(?i).*\\b(?:induced|caused|produced|provoked|evoked|precipitated|triggered) by\\b.*"
                    + "|(?i)^\\s*(?:\\S+\\s+){0,3}?(?:due to|after|following|associated with|secondary to"
                    + "|during|with)\\s+(?:\\S+\\s+){0,3}?$");

    private InductionCues() {
    }

    /** Whether {@code gap}, the text between a chemical and a later disease mention, is a cue. */
    static boolean chemicalFirst(String gap) {
        return gap.length() <= MAX_GAP && gap.indexOf(';') < 0 && CHEMICAL_FIRST.matcher(gap).matches();
    }

    /** Whether {@code gap}, the text between a disease and a later chemical mention, is a cue. */
    static boolean diseaseFirst(String gap) {
        return gap.length() <= MAX_GAP && gap.indexOf(';') < 0 && DISEASE_FIRST.matcher(gap).matches();
    }
}
