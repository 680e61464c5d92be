package org.litlod.tag.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.IntStream;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.ListedEntity;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.text.NormalisedText;
import org.litlod.tag.text.TextNormaliser;

/**
 * Compiles names into a {@link Dictionary}: the whole lexicon once (with the stop-list, the case
 * rules, the ambiguity rules and the species common words), or the entities one document lists.
 *
 * <p>One-word disease names also match as their adjective ("hypertensive" for hypertension).
 *
 * <p>Ambiguity: when several concepts share a key, the concepts whose preferred name or official
 * symbol it is win; failing that, non-gene concepts win; a gene alias shared only by genes is
 * dropped.
 */
public final class DictionaryCompiler {

    private final TextNormaliser normaliser;
    private final BiPredicate<Concept, String> excluded;
    private final BiPredicate<Concept, String> unused;

    /**
     * @param normaliser the normaliser texts will be matched with
     * @param excluded   whether the lexicon flags a name (exact) of a concept as unusable on its
     *                   own (a gene alias that is a common word is not a reason to drop the same
     *                   word as a chemical's name); only non-primary names are excluded
     */
    public DictionaryCompiler(TextNormaliser normaliser, BiPredicate<Concept, String> excluded) {
        this(normaliser, excluded, (concept, name) -> false);
    }

    /**
     * @param normaliser the normaliser texts will be matched with
     * @param excluded   as above: non-primary names the lexicon flags as unusable alone
     * @param unused     names (primary ones included) that annotated training text showed are
     *                   not used as names of the concept's type
     */
    public DictionaryCompiler(TextNormaliser normaliser, BiPredicate<Concept, String> excluded,
                              BiPredicate<Concept, String> unused) {
        this.normaliser = normaliser;
        this.excluded = excluded;
        this.unused = unused;
    }

    /**
     * The dictionary of a whole lexicon, with the species common words when asked (less those
     * the lexicon marks unused for their taxon: training text may show that a corpus does not
     * count "patients" as the species human).
     */
    public Dictionary compile(Lexicon lexicon, boolean speciesWords) {
        List<Concept> concepts = lexicon.concepts();
        int slices = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), concepts.size() / SLICE_MIN));
        List<Slice> done = IntStream.range(0, slices).parallel()
                .mapToObj(i -> slice(concepts.subList(bound(concepts, i, slices), bound(concepts, i + 1, slices)),
                        lexicon, speciesWords))
                .toList();
        Names byKey = new Names();
        Map<Identifier, Target> wordTargets = new HashMap<>();
        for (Slice slice : done) {
            byKey.addAll(slice.names());
            slice.wordTargets().forEach(wordTargets::putIfAbsent);
        }
        if (speciesWords) {
            SpeciesWords.words().forEach((taxon, words) -> {
                Identifier id = new Identifier(IdScheme.NCBI_TAXON, taxon);
                Target t = wordTargets.computeIfAbsent(id, k -> new Target(EntityType.SPECIES,
                        withEquivalents(List.of(k), lexicon), List.of(SpeciesWords.label(taxon))));
                Concept known = lexicon.concept(id).filter(c -> c.type() == EntityType.SPECIES).orElse(null);
                for (String w : words) {
                    if (known == null || !unused.test(known, w)) {
                        add(byKey, t, w, true, false);
                    }
                }
            });
        }
        return build(byKey, true);
    }

    /**
     * The names of a run of concepts, and the targets of the species among them that have common
     * words, the first of each taxon kept; the runs of a lexicon are compiled on all cores and
     * joined in order, so the dictionary is the same as if compiled on one.
     */
    private record Slice(Names names, Map<Identifier, Target> wordTargets) {
    }

    /** Concepts in a run compiled on one core: fewer are compiled on the caller's alone. */
    private static final int SLICE_MIN = 20_000;

    /** Where run {@code i} of {@code slices} of {@code concepts} starts. */
    private static int bound(List<Concept> concepts, int i, int slices) {
        return (int) ((long) concepts.size() * i / slices);
    }

    private Slice slice(List<Concept> concepts, Lexicon lexicon, boolean speciesWords) {
        Map<Identifier, Target> wordTargets = new HashMap<>();
        Names byKey = new Names();
        for (Concept c : concepts) {
            Target t = targetOf(c, lexicon);
            if (speciesWords && c.type() == EntityType.SPECIES && SpeciesWords.words().containsKey(c.id().value())) {
                wordTargets.putIfAbsent(c.id(), t);
            }
            for (String name : t.names()) {
                boolean primary = isPrimary(c, name);
                if ((!primary && excluded.test(c, name)) || unused.test(c, name)) {
                    continue;
                }
                add(byKey, t, name, primary, true);
                String adjective = c.type() == EntityType.DISEASE ? DiseaseAdjectives.of(name) : null;
                if (adjective != null) {
                    add(byKey, t, adjective, false, true);
                }
            }
        }
        return new Slice(byKey, wordTargets);
    }

    /**
     * The dictionary of the entities a document lists: their names, long names and synonyms,
     * with the identifiers they are given plus those of the lexicon concept that shares one.
     */
    public Dictionary compileListed(List<ListedEntity> listed, Lexicon lexicon) {
        Map<String, Set<Identifier>> ids = new LinkedHashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        for (ListedEntity e : listed) {
            String k = e.type() + "\t" + normaliser.key(e.name());
            types.put(k, e.type());
            Set<Identifier> set = ids.computeIfAbsent(k, x -> new LinkedHashSet<>());
            for (Identifier id : e.ids()) {
                set.add(id);
                lexicon.concept(id).filter(c -> c.type() == e.type())
                        .ifPresent(c -> set.addAll(withEquivalents(c.ids(), lexicon)));
            }
            Set<String> ns = names.computeIfAbsent(k, x -> new LinkedHashSet<>());
            ns.add(e.name());
            if (e.fullName() != null && e.type() != EntityType.SPECIES) {
                ns.add(e.fullName());
            }
            ns.addAll(e.synonyms());
        }
        Names byKey = new Names();
        for (Map.Entry<String, Set<String>> n : names.entrySet()) {
            Target t = new Target(types.get(n.getKey()),
                    withEquivalents(List.copyOf(ids.get(n.getKey())), lexicon), List.copyOf(n.getValue()));
            for (String name : n.getValue()) {
                add(byKey, t, name, true, false);
            }
        }
        return build(byKey, false);
    }

    private void add(Names byKey, Target t, String name,
                     boolean primary, boolean filter) {
        NormalisedText n = normaliser.normalise(name);
        String folded = n.foldedString();
        String key = folded.equals(name) ? name : folded;
        String cased = n.casedString();
        if (key.length() < 2) {
            return;
        }
        boolean cs = CaseRule.caseSensitive(name, cased, t.type());
        if (filter) {
            boolean stopped = t.type() == EntityType.GENE ? StopList.containsForGene(key) : StopList.contains(key);
            if (t.type() != EntityType.SPECIES && stopped && !(cs && primary)) {
                return;
            }
            if (t.type() == EntityType.GENE && CaseRule.wordLikeGeneName(name, cased, primary)) {
                return;
            }
        } else if (key.chars().noneMatch(Character::isLetter)) {
            return;
        }
        byKey.add(key, DictionaryEntry.of(t, name, cased, cs, primary, DictionaryEntry.boundaries(n)));
    }

    /**
     * The dictionary of the names gathered: their keys sorted, the entries of each key resolved
     * ({@link Ambiguities}, when {@code resolve}), all in flat arrays.
     */
    private static Dictionary build(Names byKey, boolean resolve) {
        int[] order = byKey.sortedByKey();
        List<String> keys = new ArrayList<>();
        int[] first = new int[order.length + 1];
        List<DictionaryEntry> flat = new ArrayList<>(order.length);
        List<DictionaryEntry> group = new ArrayList<>();
        int i = 0;
        while (i < order.length) {
            String key = byKey.key(order[i]);
            group.clear();
            while (i < order.length && byKey.key(order[i]).equals(key)) {
                group.add(byKey.entry(order[i++]));
            }
            List<DictionaryEntry> kept = resolve ? Ambiguities.resolve(group) : group;
            if (!kept.isEmpty()) {
                first[keys.size()] = flat.size();
                keys.add(key);
                flat.addAll(kept);
            }
        }
        first[keys.size()] = flat.size();
        return new Dictionary(keys, java.util.Arrays.copyOf(first, keys.size() + 1),
                flat.toArray(DictionaryEntry[]::new));
    }

    /** What a match of one of the names of lexicon concept {@code c} stands for. */
    static Target targetOf(Concept c, Lexicon lexicon) {
        return new Target(c.type(), withEquivalents(c.ids(), lexicon), names(c));
    }

    /** The same for a concept none of whose identifiers has an equivalent (no lexicon to ask). */
    static Target unlinkedTargetOf(Concept c) {
        return new Target(c.type(), c.ids(), names(c));
    }

    /** Preferred name, or a gene's official symbol (its first name when the preferred is long). */
    static boolean isPrimary(Concept c, String name) {
        if (name.equals(c.preferred())) {
            return true;
        }
        return c.type() == EntityType.GENE && c.preferred() != null && c.preferred().contains(" ")
                && !c.names().isEmpty() && name.equals(c.names().get(0));
    }

    private static List<String> names(Concept c) {
        if (c.preferred() == null || c.names().isEmpty()) {
            return c.preferred() == null ? c.names() : List.of(c.preferred());
        }
        Set<String> all = new LinkedHashSet<>();
        if (c.preferred() != null) {
            all.add(c.preferred());
        }
        all.addAll(c.names());
        return List.copyOf(all);
    }

    private static List<Identifier> withEquivalents(List<Identifier> ids, Lexicon lexicon) {
        if (ids.stream().allMatch(id -> lexicon.equivalents(id).isEmpty())) {
            return ids;
        }
        Set<Identifier> all = new LinkedHashSet<>(ids);
        for (Identifier id : ids) {
            all.addAll(lexicon.equivalents(id));
        }
        return List.copyOf(all);
    }
}
