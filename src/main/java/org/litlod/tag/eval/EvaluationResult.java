package org.litlod.tag.eval;

import java.util.Map;
import org.litlod.model.EntityType;

/**
 * Scores of a tagger against a gold standard, per entity type of the gold.
 *
 * @param documents      number of documents evaluated
 * @param lexicon        version of the lexicon used
 * @param mentions       mention scores: exact span and type
 * @param normalisation  normalisation scores: the set of identifiers per document and type
 */
public record EvaluationResult(int documents, String lexicon, Map<EntityType, Score> mentions,
                               Map<EntityType, Score> normalisation) {
    public EvaluationResult {
        mentions = Map.copyOf(mentions);
        normalisation = Map.copyOf(normalisation);
    }
}
