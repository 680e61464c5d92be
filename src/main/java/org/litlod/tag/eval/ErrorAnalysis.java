package org.litlod.tag.eval;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the tagger missed and wrongly found for one entity type: the missed gold by
 * {@link ErrorCategory}, the gold identifiers no litlod scheme can match, and the texts of false
 * positive and false negative mentions with their counts (for tuning on training and
 * development sets only).
 *
 * @param goldMentions             distinct gold mention spans
 * @param missedMentions           missed gold mentions per category
 * @param goldIdentifiers          gold document-level identifiers (document, identifier pairs)
 * @param missedIdentifiers        missed gold document-level identifiers per category
 * @param identifiersOutsideScheme gold document-level identifiers of another scheme, written with
 *                                 a prefix ("OMIM:231200"), counted per prefix ("OMIM"): they
 *                                 are never matched
 * @param falsePositives           text of each found mention that is not gold, and how often
 * @param falseNegatives           text of each missed gold mention, and how often
 */
public record ErrorAnalysis(int goldMentions, Map<ErrorCategory, Integer> missedMentions,
                            int goldIdentifiers, Map<ErrorCategory, Integer> missedIdentifiers,
                            Map<String, Integer> identifiersOutsideScheme,
                            Map<String, Integer> falsePositives, Map<String, Integer> falseNegatives) {
    public ErrorAnalysis {
        missedMentions = complete(missedMentions);
        missedIdentifiers = complete(missedIdentifiers);
        identifiersOutsideScheme = Map.copyOf(identifiersOutsideScheme);
        falsePositives = Map.copyOf(falsePositives);
        falseNegatives = Map.copyOf(falseNegatives);
    }

    /** The {@code n} most frequent texts of {@code counts}, most frequent first, then by text. */
    public static List<Map.Entry<String, Integer>> top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .toList();
    }

    private static Map<ErrorCategory, Integer> complete(Map<ErrorCategory, Integer> counts) {
        Map<ErrorCategory, Integer> out = new EnumMap<>(ErrorCategory.class);
        for (ErrorCategory c : ErrorCategory.values()) {
            out.put(c, counts.getOrDefault(c, 0));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
