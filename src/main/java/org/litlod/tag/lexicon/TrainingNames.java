package org.litlod.tag.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;

/**
 * Applies {@link TrainingEvidence} to the merged concepts of a lexicon:
 * <ul>
 *   <li>a learned name joins the concept of its identifier when the annotators gave that
 *       identifier to at least {@value #AGREEMENT} of its uses and annotated at least half of
 *       its occurrences; an identifier no concept has yet starts a concept of the annotated
 *       type, when a release lists the identifier. Short forms (no lower-case letter, or at most
 *       three characters) must have been annotated in two documents: one paper's abbreviation
 *       is not a name;</li>
 *   <li>a learned name given one identifier at least twice is taken from the other concepts of
 *       its type, so that the name means what the annotators meant (a preferred name, which a
 *       concept cannot lose, is marked unused instead);</li>
 *   <li>a name of a concept of an annotated type that occurred unannotated at least
 *       {@value #MIN_UNUSED} times and was annotated in less than a quarter of its occurrences
 *       is reported as unused, so that the tagger leaves it alone ({@link Ambiguity#UNUSED}).
 *       This is judged over all training text and again over the text of each corpus alone:
 *       where corpora disagree (CDR annotates "death" as a disease, the NCBI disease corpus
 *       leaves all 14 of its occurrences alone), a name one corpus's annotators consistently
 *       pass over is not a name the tagger can rely on, however often another corpus uses it.</li>
 * </ul>
 */
final class TrainingNames {

    static final double AGREEMENT = 0.8;
    static final int MIN_UNUSED = 3;
    static final double UNUSED_RATE = 0.25;

    private final TrainingEvidence evidence;
    private final Predicate<Identifier> released;
    private final Set<String> unused = new HashSet<>();
    private int learnedCount;

    /**
     * @param evidence what the training text says
     * @param released whether a release file lists an identifier
     */
    TrainingNames(TrainingEvidence evidence, Predicate<Identifier> released) {
        this.evidence = evidence;
        this.released = released;
    }

    /** The concepts with the learned names added and the names that mean something else removed. */
    List<Concept> apply(List<Concept> concepts) {
        Map<Identifier, Integer> owner = new HashMap<>();
        for (int i = 0; i < concepts.size(); i++) {
            for (Identifier id : concepts.get(i).ids()) {
                owner.putIfAbsent(id, i);
            }
        }
        List<Set<String>> added = new ArrayList<>(concepts.size());
        concepts.forEach(c -> added.add(new LinkedHashSet<>()));
        List<Concept> created = new ArrayList<>();
        Map<EntityType, Map<String, Identifier>> claimed = new HashMap<>();
        List<TrainingEvidence.LearnedName> learnedNames = evidence.learnedNames();
        Map<EntityType, Map<String, TrainingEvidence.Usage>> learnedUsage = new HashMap<>();
        for (EntityType type : evidence.annotatedTypes()) {
            List<String> keys = new ArrayList<>();
            for (TrainingEvidence.LearnedName n : learnedNames) {
                if (n.type() == type) {
                    keys.add(NameKeys.of(n.surface()));
                }
            }
            learnedUsage.put(type, evidence.usage(type, keys));
        }
        Map<Identifier, Integer> newOwner = new HashMap<>();
        for (TrainingEvidence.LearnedName n : learnedNames) {
            String key = NameKeys.of(n.surface());
            TrainingEvidence.Usage u = learnedUsage.getOrDefault(n.type(), Map.of()).get(key);
            if (n.agreement() < AGREEMENT || (u != null && u.rate() < 0.5) || (shortForm(n.surface()) && n.documents() < 2)) {
                continue;
            }
            Integer at = owner.get(n.id());
            if (at != null && concepts.get(at).type() == n.type()) {
                added.get(at).add(n.surface());
            } else if (at == null && released.test(n.id())) {
                Integer made = newOwner.get(n.id());
                if (made == null) {
                    newOwner.put(n.id(), created.size());
                    created.add(new Concept(n.type(), List.of(n.id()), n.surface(), List.of(), null));
                } else {
                    Concept c = created.get(made);
                    List<String> names = new ArrayList<>(c.names());
                    names.add(n.surface());
                    created.set(made, new Concept(c.type(), c.ids(), c.preferred(), names, null));
                }
            } else {
                continue;
            }
            learnedCount++;
            if (n.count() >= 2) {
                claimed.computeIfAbsent(n.type(), k -> new HashMap<>()).put(key, n.id());
            }
        }
        List<Concept> out = new ArrayList<>(concepts.size() + created.size());
        for (int i = 0; i < concepts.size(); i++) {
            out.add(rewrite(concepts.get(i), added.get(i), claimed.getOrDefault(concepts.get(i).type(), Map.of())));
        }
        out.addAll(created);
        markUnused(out);
        return out;
    }

    private Concept rewrite(Concept c, Set<String> added, Map<String, Identifier> claimed) {
        if (added.isEmpty() && claimed.isEmpty()) {
            return c;
        }
        Identifier preferredOwner = c.preferred() == null ? null : claimed.get(NameKeys.of(c.preferred()));
        if (preferredOwner != null && !c.ids().contains(preferredOwner)) {
            unused.add(c.preferred());
        }
        List<String> names = new ArrayList<>();
        boolean changed = !added.isEmpty();
        for (String n : c.names()) {
            Identifier owner = claimed.get(NameKeys.of(n));
            if (owner != null && !c.ids().contains(owner)) {
                changed = true;
            } else {
                names.add(n);
            }
        }
        for (String n : added) {
            if (!names.contains(n) && !n.equals(c.preferred())) {
                names.add(n);
            }
        }
        return changed ? new Concept(c.type(), c.ids(), c.preferred(), names, c.taxon()) : c;
    }

    private void markUnused(List<Concept> concepts) {
        for (EntityType type : evidence.annotatedTypes()) {
            Map<String, List<String>> namesByKey = new HashMap<>();
            for (Concept c : concepts) {
                if (c.type() == type) {
                    for (String n : NameLib.allNames(c)) {
                        namesByKey.computeIfAbsent(NameKeys.of(n), k -> new ArrayList<>(1)).add(n);
                    }
                }
            }
            evidence.usage(type, namesByKey.keySet()).forEach((key, u) -> markIfUnused(u, namesByKey.get(key)));
            evidence.usageByCorpus(type, namesByKey.keySet()).values()
                    .forEach(usage -> usage.forEach((key, u) -> markIfUnused(u, namesByKey.get(key))));
        }
    }

    private void markIfUnused(TrainingEvidence.Usage u, List<String> names) {
        if (u.unannotated() >= MIN_UNUSED && u.rate() < UNUSED_RATE) {
            unused.addAll(names);
        }
    }

    /** Names (exact) that training text showed to be mostly not used as names of their type. */
    Set<String> unused() {
        return unused;
    }

    /** How many learned names were taken. */
    int learnedCount() {
        return learnedCount;
    }

    /** No lower-case letter, or at most three characters: an abbreviation. */
    static boolean shortForm(String s) {
        return s.length() <= 3 || s.chars().noneMatch(Character::isLowerCase);
    }
}
