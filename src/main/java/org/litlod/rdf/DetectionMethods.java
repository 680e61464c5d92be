package org.litlod.rdf;

import org.apache.jena.rdf.model.Resource;
import org.litlod.model.Mention.Evidence;
import org.litlod.vocab.LITLOD;

/** The ontology individual naming each way an annotation can be found. */
final class DetectionMethods {
    private DetectionMethods() {
    }

    static Resource of(Evidence e) {
        return switch (e) {
            case SOURCE_LIST -> LITLOD.SourceList;
            case SOURCE_ANNOTATION -> LITLOD.SourceAnnotation;
            case DICTIONARY -> LITLOD.DictionaryMatch;
            case ABBREVIATION -> LITLOD.AbbreviationResolution;
            case VARIANT_PATTERN -> LITLOD.VariantPattern;
        };
    }

    static boolean byTagger(Evidence e) {
        return e == Evidence.DICTIONARY || e == Evidence.ABBREVIATION || e == Evidence.VARIANT_PATTERN;
    }
}
