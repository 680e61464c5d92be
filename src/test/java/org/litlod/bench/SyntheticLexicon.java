package org.litlod.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.tag.lexicon.CompiledLexicon;
import org.litlod.tag.lexicon.Concept;

/**
 * A made-up lexicon with the shape of the full releases: binomial species names ("Genus
 * species") drawn from a hundred thousand genus words, human genes with a full name, a symbol
 * and two aliases, and diseases and chemicals with multi-word names and synonyms. Words are
 * random syllables, so that the key set has the size and prefix structure of the real one
 * without reading any release file. The same seed gives the same lexicon.
 */
final class SyntheticLexicon {

    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s",
        "t", "v", "ch", "ph", "th", "tr", "pl", "cr", "st", "br", "gl", "sc"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ae", "io", "ia", "y"};
    private static final String[] ENDINGS = {"us", "a", "um", "is", "ensis", "ii", "ae", "ella", "ium", "oides"};

    private final SplittableRandom random;

    private SyntheticLexicon(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * A lexicon of {@code species} binomials over {@code genera} genus words, {@code genes}
     * genes with four names each and {@code others} diseases and chemicals with three names
     * each.
     */
    static CompiledLexicon make(int species, int genera, int genes, int others, long seed) {
        return new SyntheticLexicon(seed).build(species, genera, genes, others);
    }

    private CompiledLexicon build(int species, int genera, int genes, int others) {
        String[] genus = words(genera, 2, 4, true);
        String[] epithet = words(Math.max(1, genera / 3), 2, 4, false);
        String[] vocabulary = words(40_000, 1, 4, false);
        List<Concept> concepts = new ArrayList<>(species + genes + others);
        for (int i = 0; i < species; i++) {
            String name = genus[zipf(genera)] + " " + epithet[random.nextInt(epithet.length)];
            concepts.add(new Concept(EntityType.SPECIES,
                    List.of(new Identifier(IdScheme.NCBI_TAXON, Integer.toString(100_000 + i))), name, List.of(), null));
        }
        for (int i = 0; i < genes; i++) {
            String symbol = symbol();
            concepts.add(new Concept(EntityType.GENE, List.of(new Identifier(IdScheme.NCBI_GENE, Integer.toString(i + 1))),
                    phrase(vocabulary, 3, 6), List.of(symbol, symbol(), symbol() + "-" + (1 + random.nextInt(9))),
                    "9606"));
        }
        for (int i = 0; i < others; i++) {
            EntityType type = i % 2 == 0 ? EntityType.DISEASE : EntityType.CHEMICAL;
            concepts.add(new Concept(type, List.of(new Identifier(IdScheme.MESH, String.format("D%09d", i))),
                    phrase(vocabulary, 2, 4), List.of(phrase(vocabulary, 2, 5), phrase(vocabulary, 1, 4)), null));
        }
        return new CompiledLexicon("synthetic", concepts, Map.of(), Map.of());
    }

    /** {@code n} distinct words of {@code min..max} syllables. */
    private String[] words(int n, int min, int max, boolean capital) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        String[] out = new String[n];
        int k = 0;
        while (k < n) {
            StringBuilder b = new StringBuilder();
            int syllables = min + random.nextInt(max - min + 1);
            for (int s = 0; s < syllables; s++) {
                b.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
            }
            b.append(ENDINGS[random.nextInt(ENDINGS.length)]);
            if (capital) {
                b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
            }
            String w = b.toString();
            if (seen.add(w)) {
                out[k++] = w;
            }
        }
        return out;
    }

    /** A gene symbol: three to five capitals and maybe a digit ("KRTAP5", "SLC"). */
    private String symbol() {
        StringBuilder b = new StringBuilder();
        int len = 3 + random.nextInt(3);
        for (int i = 0; i < len; i++) {
            b.append((char) ('A' + random.nextInt(26)));
        }
        if (random.nextBoolean()) {
            b.append(1 + random.nextInt(20));
        }
        return b.toString();
    }

    /** {@code min..max} words of {@code vocabulary}, frequent words more often. */
    private String phrase(String[] vocabulary, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(vocabulary[zipf(vocabulary.length)]);
        }
        return b.toString();
    }

    /** An index in {@code [0, n)}, small ones far more often (about 1/rank). */
    private int zipf(int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1.0, random.nextDouble())) - 1);
    }
}
