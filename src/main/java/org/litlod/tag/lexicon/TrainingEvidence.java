package org.litlod.tag.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;

/**
 * What annotated training text says about names, the way TaggerOne learns from its training
 * data: which names the annotators gave which identifier (learned names), and how often a name
 * of the lexicon occurs in the text with and without an annotation of its type (a name the
 * annotators mostly left alone, such as "lead" or "pain" in a corpus that would have annotated
 * it, is not used as a name there).
 *
 * <p>Names are compared by their word key ({@link NameKeys}). An occurrence inside a longer
 * annotation of the same type, or overlapping one, is no evidence either way and is not counted.
 */
public final class TrainingEvidence {

    /** A name the annotators used, with the identifier they gave it most and how consistently. */
    public record LearnedName(EntityType type, String surface, Identifier id, int count, int total,
                              int documents) {
        /** The share of the name's annotations that carry {@link #id}. */
        public double agreement() {
            return total == 0 ? 0 : (double) count / total;
        }
    }

    /** How often a name occurred as an exact annotation of a type and with none. */
    public record Usage(int annotated, int unannotated) {
        /** The share of occurrences that were annotated; 1 when never seen. */
        public double rate() {
            int seen = annotated + unannotated;
            return seen == 0 ? 1 : (double) annotated / seen;
        }
    }

    private final List<AnnotatedText> texts;
    private final Map<EntityType, Map<String, LearnedName>> learned;

    private TrainingEvidence(List<AnnotatedText> texts, Map<EntityType, Map<String, LearnedName>> learned) {
        this.texts = texts;
        this.learned = learned;
    }

    /** The evidence of {@code texts}. */
    public static TrainingEvidence of(List<AnnotatedText> texts) {
        Map<EntityType, Map<String, Map<Identifier, Integer>>> counts = new EnumMap<>(EntityType.class);
        Map<EntityType, Map<String, Map<String, Integer>>> surfaces = new EnumMap<>(EntityType.class);
        Map<EntityType, Map<String, Set<Integer>>> docs = new EnumMap<>(EntityType.class);
        for (int d = 0; d < texts.size(); d++) {
            AnnotatedText t = texts.get(d);
            for (AnnotatedText.Span s : t.spans()) {
                if (s.ids().size() != 1 || s.end() > t.text().length()) {
                    continue;
                }
                String surface = t.text().substring(s.start(), s.end()).strip();
                String key = NameKeys.of(surface);
                if (key.isEmpty()) {
                    continue;
                }
                counts.computeIfAbsent(s.type(), k -> new HashMap<>())
                        .computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(s.ids().get(0), 1, Integer::sum);
                surfaces.computeIfAbsent(s.type(), k -> new HashMap<>())
                        .computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(surface, 1, Integer::sum);
                docs.computeIfAbsent(s.type(), k -> new HashMap<>())
                        .computeIfAbsent(key, k -> new HashSet<>()).add(d);
            }
        }
        Map<EntityType, Map<String, LearnedName>> learned = new EnumMap<>(EntityType.class);
        counts.forEach((type, byKey) -> byKey.forEach((key, ids) -> {
            Identifier best = null;
            int bestCount = 0;
            int total = 0;
            for (Map.Entry<Identifier, Integer> e : ids.entrySet()) {
                total += e.getValue();
                if (e.getValue() > bestCount) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            String surface = mostFrequent(surfaces.get(type).get(key));
            learned.computeIfAbsent(type, k -> new HashMap<>()).put(key,
                    new LearnedName(type, surface, best, bestCount, total, docs.get(type).get(key).size()));
        }));
        return new TrainingEvidence(List.copyOf(texts), learned);
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        String best = null;
        int n = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > n) {
                best = e.getKey();
                n = e.getValue();
            }
        }
        return best;
    }

    /** The learned names of every type. */
    public List<LearnedName> learnedNames() {
        List<LearnedName> out = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            Map<String, LearnedName> m = learned.getOrDefault(t, Map.of());
            m.keySet().stream().sorted().forEach(k -> out.add(m.get(k)));
        }
        return out;
    }

    /** The learned name of {@code type} with word key {@code key}, or null. */
    public LearnedName learned(EntityType type, String key) {
        return learned.getOrDefault(type, Map.of()).get(key);
    }

    /** The types some training text annotates. */
    public Set<EntityType> annotatedTypes() {
        Set<EntityType> out = new HashSet<>();
        texts.forEach(t -> out.addAll(t.types()));
        return out;
    }

    /**
     * The usage of every word key of {@code keys} as a name of {@code type}, over the texts that
     * annotate {@code type}; keys never seen are left out.
     */
    public Map<String, Usage> usage(EntityType type, Collection<String> keys) {
        return usage(texts, type, keys);
    }

    /**
     * The usage of every word key of {@code keys} as a name of {@code type} in each corpus that
     * annotates {@code type}, by corpus; keys a corpus never shows are left out of its map.
     */
    public Map<String, Map<String, Usage>> usageByCorpus(EntityType type, Collection<String> keys) {
        Map<String, List<AnnotatedText>> byCorpus = new LinkedHashMap<>();
        for (AnnotatedText t : texts) {
            if (t.types().contains(type)) {
                byCorpus.computeIfAbsent(t.corpus(), k -> new ArrayList<>()).add(t);
            }
        }
        Map<String, Map<String, Usage>> out = new LinkedHashMap<>();
        byCorpus.forEach((corpus, of) -> out.put(corpus, usage(of, type, keys)));
        return out;
    }

    private static Map<String, Usage> usage(List<AnnotatedText> texts, EntityType type, Collection<String> keys) {
        Set<String> wanted = new HashSet<>(keys);
        int longest = 1;
        for (String k : wanted) {
            longest = Math.max(longest, k.split(" ").length);
        }
        longest = Math.min(longest, 8);
        Map<String, int[]> counts = new HashMap<>();
        for (AnnotatedText t : texts) {
            if (!t.types().contains(type)) {
                continue;
            }
            int[] bounds = NameKeys.wordBounds(t.text());
            int words = bounds.length / 2;
            List<String> lower = new ArrayList<>(words);
            for (int w = 0; w < words; w++) {
                lower.add(NameKeys.singular(
                        t.text().substring(bounds[2 * w], bounds[2 * w + 1]).toLowerCase(java.util.Locale.ROOT)));
            }
            for (int w = 0; w < words; w++) {
                StringBuilder key = new StringBuilder();
                for (int n = 1; n <= longest && w + n <= words; n++) {
                    if (n > 1) {
                        key.append(' ');
                    }
                    key.append(lower.get(w + n - 1));
                    String k = key.toString();
                    if (!wanted.contains(k)) {
                        continue;
                    }
                    int verdict = verdict(t, type, bounds[2 * w], bounds[2 * (w + n - 1) + 1]);
                    if (verdict != 0) {
                        int[] c = counts.computeIfAbsent(k, x -> new int[2]);
                        c[verdict > 0 ? 0 : 1]++;
                    }
                }
            }
        }
        Map<String, Usage> out = new HashMap<>();
        counts.forEach((k, c) -> out.put(k, new Usage(c[0], c[1])));
        return out;
    }

    /** 1: an annotation of {@code type} covers exactly [s, e); 0: one overlaps it; -1: none. */
    private static int verdict(AnnotatedText t, EntityType type, int s, int e) {
        int result = -1;
        for (AnnotatedText.Span span : t.spans()) {
            if (span.type() != type || span.end() <= s || span.start() >= e) {
                continue;
            }
            if (trimmedEquals(t.text(), span, s, e)) {
                return 1;
            }
            result = 0;
        }
        return result;
    }

    private static boolean trimmedEquals(String text, AnnotatedText.Span span, int s, int e) {
        int a = span.start();
        int b = Math.min(span.end(), text.length());
        while (a < b && !Character.isLetterOrDigit(text.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(text.charAt(b - 1))) {
            b--;
        }
        return a == s && b == e;
    }
}
