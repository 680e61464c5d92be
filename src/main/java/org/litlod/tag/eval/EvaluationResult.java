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
 * @param errors         what was missed and wrongly found, per type
 */
public record EvaluationResult(int documents, String lexicon, Map<EntityType, Score> mentions,
                               Map<EntityType, Score> normalisation, Map<EntityType, ErrorAnalysis> errors) {
    public EvaluationResult {
        mentions = Map.copyOf(mentions);
        normalisation = Map.copyOf(normalisation);
        errors = Map.copyOf(errors);
    }

    /** Scores without an error analysis. */
    public EvaluationResult(int documents, String lexicon, Map<EntityType, Score> mentions,
                            Map<EntityType, Score> normalisation) {
        this(documents, lexicon, mentions, normalisation, Map.of());
    }
}
