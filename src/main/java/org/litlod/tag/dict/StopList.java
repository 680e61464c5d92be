package org.litlod.tag.dict;

import java.util.Set;

/**
 * Names never tagged on their own: common English words, units, and laboratory or trial
 * abbreviations that are also registered as gene aliases or chemical synonyms ("IMPACT", "SET",
 * "mg", "PCR", "ORR"). Compared on the folded normalised key.
 */
public final class StopList {

    private static final Set<String> WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "for", "from",
            "had", "has", "have", "he", "her", "his", "if", "in", "into", "is", "it", "its", "may",
            "me", "my", "no", "not", "of", "on", "or", "our", "she", "so", "than", "that", "the",
            "their", "them", "then", "there", "these", "they", "this", "to", "up", "us", "was",
            "we", "were", "what", "when", "which", "who", "will", "with", "you", "all", "any",
            "also", "one", "two", "three", "four", "five", "six", "ten", "both", "each", "more",
            "most", "other", "some", "such", "only", "same", "very", "well", "used", "use", "via",
            "per", "out", "new", "old", "large", "small", "long", "short", "high", "low", "major",
            "minor", "type", "set", "cell", "cells", "group", "impact", "rare", "mass", "damage",
            "fact", "face", "hand", "host", "lead", "light", "mark", "maps", "map", "net", "pan",
            "rest", "ring", "sex", "spot", "step", "tip", "top", "wave", "act", "aid", "age",
            "arc", "arm", "art", "bad", "bed", "car", "cap", "clip", "coil", "cord", "cross",
            "cut", "dark", "day", "end", "far", "fat", "fit", "gap", "gas", "hit", "ice", "key",
            "kit", "lab", "lid", "met", "mid", "mix", "nod", "pal", "pc", "pet", "pin", "pit",
            "raft", "ran", "ray", "red", "sac", "sand", "sea", "see", "tan", "tag", "tail", "tau",
            "tear", "tie", "tin", "toll", "trap", "war", "wet", "white", "yellow", "black", "blue",
            "green", "brown", "mg", "kg", "ml", "mm", "cm", "nm", "um", "mol", "mmol", "min", "hr",
            "sec", "week", "year", "dose", "doses", "dna", "rna", "mrna", "cdna", "pcr",
            "fda", "ema", "ct", "mri", "ecg", "eeg", "icu", "ci", "sd", "se", "iqr",
            "orr", "pfs", "os", "cns", "tki", "rt", "iv", "im", "sc", "po", "bmi", "auc", "ic50",
            "ec50", "ii", "iii", "vi", "vii", "viii", "ix", "xi", "xii", "drug", "drugs", "agent",
            "agents", "salt", "acid", "base", "protein", "gene", "genes", "disease", "diseases",
            "syndrome", "disorder", "normal", "control", "animal", "animals", "study", "trial",
            "treatment", "therapy", "risk", "rate", "level", "levels", "factor", "factors",
            "activity", "effect", "effects", "response", "compound", "compounds", "chemical",
            "substance", "complex", "mixture", "element", "ion", "ions", "oxide", "air", "food",
            "diet", "serum", "plasma", "blood", "urine", "signal", "signals", "domain", "receptor",
            "kinase", "enzyme", "mutation", "mutations", "marker", "markers", "amino", "action",
            "aim", "alpha", "beta", "gamma", "delta", "ab", "ag", "ssc", "max", "mean", "total",
            "free", "open", "clear", "genetic");

    /** Abbreviations that are chemicals in their own right, stopped only as gene names. */
    private static final Set<String> GENE_ONLY = Set.of("atp", "adp", "gtp", "amp", "camp", "nadph");

    private StopList() {
    }

    /** Whether a gene name with folded key {@code key} is stopped (the words, plus chemical abbreviations). */
    public static boolean containsForGene(String key) {
        return GENE_ONLY.contains(key) || contains(key);
    }

    /** Whether a name with folded key {@code key} is a stop word. */
    public static boolean contains(String key) {
        return WORDS.contains(key) || key.chars().noneMatch(Character::isLetter);
    }
}
