package org.litlod.tag.dict;

import java.util.List;
import java.util.Map;

/**
 * Common words that name a species the way PubTator's species tagger reads them: "patients",
 * "women" and "human" are human (NCBI Taxon 9606); "mice" and "murine" are the house mouse
 * (10090); "rats" are the brown rat (10116), and so on for the usual laboratory animals.
 * Plurals need not be listed: the normaliser folds "patients" to "patient".
 */
public final class SpeciesWords {

    private static final Map<String, List<String>> WORDS = Map.of(
            "9606", List.of("human", "humans", "patient", "man", "men", "woman", "women", "child",
                    "children", "people", "person", "persons", "infant", "boy", "girl",
                    "volunteer", "participant"),
            "10090", List.of("mouse", "mice", "murine"),
            "10116", List.of("rat"),
            "9986", List.of("rabbit"),
            "9615", List.of("dog", "canine"),
            "9823", List.of("pig", "swine", "porcine"),
            "9913", List.of("cattle", "bovine"),
            "7955", List.of("zebrafish"),
            "10029", List.of("chinese hamster"),
            "9031", List.of("chicken"));

    private static final Map<String, String> LABELS = Map.of(
            "9606", "Homo sapiens", "10090", "Mus musculus", "10116", "Rattus norvegicus",
            "9986", "Oryctolagus cuniculus", "9615", "Canis lupus familiaris", "9823", "Sus scrofa",
            "9913", "Bos taurus", "7955", "Danio rerio", "10029", "Cricetulus griseus",
            "9031", "Gallus gallus");

    private SpeciesWords() {
    }

    /** Taxon id → the common words for it. */
    public static Map<String, List<String>> words() {
        return WORDS;
    }

    /** The scientific name of a taxon this table knows. */
    public static String label(String taxon) {
        return LABELS.get(taxon);
    }
}
