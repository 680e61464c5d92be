package org.litlod.tag.eval;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litlod.model.EntityType;

/**
 * The running counts of one entity type over the documents of an evaluation: scores, missed
 * gold by category and the texts of wrong and missed mentions. Not thread-safe.
 */
final class TypeTally {

    private final EntityType type;
    private final MissClassifier classifier;
    private Score mentions = new Score(0, 0, 0);
    private Score identifiers = new Score(0, 0, 0);
    private final Map<ErrorCategory, Integer> missedMentions = new EnumMap<>(ErrorCategory.class);
    private final Map<ErrorCategory, Integer> missedIdentifiers = new EnumMap<>(ErrorCategory.class);
    private final Map<String, Integer> outsideScheme = new HashMap<>();
    private final Map<String, Integer> falsePositives = new HashMap<>();
    private final Map<String, Integer> falseNegatives = new HashMap<>();

    TypeTally(EntityType type, MissClassifier classifier) {
        this.type = type;
        this.classifier = classifier;
    }

    /** Adds one document: its gold and the mentions found in it, of every type. */
    void add(GoldDocument g, List<FoundMention> allFound) {
        List<GoldAnnotation> gold = g.annotations().stream().filter(a -> a.type() == type).toList();
        List<FoundMention> found = allFound.stream().filter(m -> m.type() == type).toList();
        Map<String, GoldAnnotation> goldSpans = new LinkedHashMap<>();
        Set<String> goldIds = new LinkedHashSet<>();
        for (GoldAnnotation a : gold) {
            goldSpans.putIfAbsent(a.start() + ":" + a.end(), a);
            goldIds.addAll(a.ids());
        }
        Map<String, FoundMention> foundSpans = new LinkedHashMap<>();
        Set<String> foundIds = new LinkedHashSet<>();
        for (FoundMention m : found) {
            foundSpans.putIfAbsent(m.span(), m);
            foundIds.addAll(m.countedIds(goldIds));
        }
        int tp = 0;
        for (FoundMention m : foundSpans.values()) {
            if (goldSpans.containsKey(m.span())) {
                tp++;
            } else {
                falsePositives.merge(m.text(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, GoldAnnotation> e : goldSpans.entrySet()) {
            if (!foundSpans.containsKey(e.getKey())) {
                falseNegatives.merge(e.getValue().text(), 1, Integer::sum);
                missedMentions.merge(classifier.mention(e.getValue(), found), 1, Integer::sum);
            }
        }
        mentions = mentions.plus(new Score(tp, foundSpans.size() - tp, goldSpans.size() - tp));
        int idTp = 0;
        for (String id : foundIds) {
            if (goldIds.contains(id)) {
                idTp++;
            }
        }
        for (String id : goldIds) {
            int colon = id.indexOf(':');
            if (colon >= 0 && GoldTypes.identifier(id, type) == null) {
                outsideScheme.merge(id.substring(0, colon), 1, Integer::sum);
            }
            if (!foundIds.contains(id)) {
                missedIdentifiers.merge(classifier.identifier(id, type, gold, found), 1, Integer::sum);
            }
        }
        identifiers = identifiers.plus(new Score(idTp, foundIds.size() - idTp, goldIds.size() - idTp));
    }

    Score mentions() {
        return mentions;
    }

    Score identifiers() {
        return identifiers;
    }

    ErrorAnalysis errors() {
        return new ErrorAnalysis(mentions.truePositives() + mentions.falseNegatives(), missedMentions,
                identifiers.truePositives() + identifiers.falseNegatives(), missedIdentifiers, outsideScheme,
                falsePositives, falseNegatives);
    }
}
