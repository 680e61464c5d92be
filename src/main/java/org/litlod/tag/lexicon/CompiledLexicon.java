package org.litlod.tag.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;

/**
 * An immutable, thread-safe lexicon held in memory: the concepts, the cross-vocabulary links
 * between identifiers, and the ambiguity flags of names. Lookup indexes (by identifier, by
 * name) are built on first use.
 *
 * <p>Ambiguity is keyed by the name exactly as it appears in a concept ("EMT", "tau"); see
 * {@link Ambiguity} for the reasons a name can carry.
 */
public final class CompiledLexicon implements Lexicon {

    private static final Set<Ambiguity> SHARED_ONLY = Collections.unmodifiableSet(EnumSet.of(Ambiguity.SHARED));
    private static final Set<Ambiguity> UNUSED_ONLY = Collections.unmodifiableSet(EnumSet.of(Ambiguity.UNUSED));
    private static final Set<Ambiguity> SHARED_AND_UNUSED =
            Collections.unmodifiableSet(EnumSet.of(Ambiguity.SHARED, Ambiguity.UNUSED));

    private final String version;
    private final List<Concept> concepts;
    private final Map<Identifier, List<Identifier>> links;
    private final Map<String, Set<Ambiguity>> ambiguity;
    private final String digest;
    private volatile ConceptIndex byId;
    private volatile Map<String, List<Concept>> byName;

    /**
     * @param version    version string (sources and date)
     * @param concepts   concepts in a stable order
     * @param links      cross-links; each is made symmetric here
     * @param ambiguity  flags per exact name; names without flags may be left out
     */
    public CompiledLexicon(String version, List<Concept> concepts,
                           Map<Identifier, ? extends Iterable<Identifier>> links,
                           Map<String, ? extends Set<Ambiguity>> ambiguity) {
        this.version = version;
        this.concepts = List.copyOf(concepts);
        this.links = symmetric(links);
        Map<String, Set<Ambiguity>> flags = new HashMap<>();
        ambiguity.forEach((name, set) -> {
            if (!set.isEmpty()) {
                flags.put(name, Collections.unmodifiableSet(EnumSet.copyOf(set)));
            }
        });
        this.ambiguity = Collections.unmodifiableMap(flags);
        this.digest = null;
    }

    private CompiledLexicon(String version, List<Concept> concepts, Map<Identifier, List<Identifier>> links,
                            Map<String, Set<Ambiguity>> ambiguity, String digest) {
        this.version = version;
        this.concepts = Collections.unmodifiableList(concepts);
        this.links = Collections.unmodifiableMap(links);
        this.ambiguity = Collections.unmodifiableMap(ambiguity);
        this.digest = digest;
    }

    /**
     * A lexicon over structures that are already symmetric and that nobody else holds (the
     * index file reader), taken without copying so that loading stays fast.
     *
     * @param digest the SHA-256 (hex) of the file read
     */
    static CompiledLexicon trusted(String version, List<Concept> concepts, Map<Identifier, List<Identifier>> links,
                                   Map<String, Set<Ambiguity>> ambiguity, String digest) {
        return new CompiledLexicon(version, concepts, links, ambiguity, digest);
    }

    @Override
    public Optional<String> digest() {
        return Optional.ofNullable(digest);
    }

    private static Map<Identifier, List<Identifier>> symmetric(
            Map<Identifier, ? extends Iterable<Identifier>> links) {
        Map<Identifier, Set<Identifier>> both = new HashMap<>();
        links.forEach((a, targets) -> {
            for (Identifier b : targets) {
                if (!a.equals(b)) {
                    both.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
                    both.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
                }
            }
        });
        Map<Identifier, List<Identifier>> out = new HashMap<>(both.size() * 2);
        both.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<Concept> concepts() {
        return concepts;
    }

    @Override
    public List<Identifier> equivalents(Identifier id) {
        return links.getOrDefault(id, List.of());
    }

    /** Every identifier with at least one cross-link, and its links (symmetric). */
    public Map<Identifier, List<Identifier>> links() {
        return links;
    }

    @Override
    public Optional<Concept> concept(Identifier id) {
        return Optional.ofNullable(byId().get(id));
    }

    @Override
    public OptionalInt position(Identifier id) {
        int p = byId().position(id);
        return p < 0 ? OptionalInt.empty() : OptionalInt.of(p);
    }

    /** Builds the index by identifier, if no caller has yet. */
    @Override
    public void prepare() {
        byId();
    }

    /** The index by identifier, built once: a caller that comes while another builds it waits for it. */
    private ConceptIndex byId() {
        ConceptIndex index = byId;
        if (index == null) {
            synchronized (this) {
                index = byId;
                if (index == null) {
                    index = ConceptIndex.of(concepts);
                    byId = index;
                }
            }
        }
        return index;
    }

    /** The concepts with this preferred name or synonym, compared case-insensitively. */
    public List<Concept> named(String name) {
        Map<String, List<Concept>> index = byName;
        if (index == null) {
            index = new HashMap<>(concepts.size() * 4);
            for (Concept c : concepts) {
                for (String n : NameLib.allNames(c)) {
                    List<Concept> list = index.computeIfAbsent(NameLib.key(n), k -> new ArrayList<>(1));
                    if (!list.contains(c)) {
                        list.add(c);
                    }
                }
            }
            byName = index;
        }
        return index.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** Why the exact name {@code name} is ambiguous; empty when it is not. */
    public Set<Ambiguity> ambiguity(String name) {
        return ambiguity.getOrDefault(name, Set.of());
    }

    /**
     * Why {@code name} is ambiguous as a name of {@code concept}. The gene rules
     * ({@link Ambiguity#SHORT}, {@link Ambiguity#LOWERCASE_WORD}) and the two lists
     * ({@link Ambiguity#STOPLIST}, {@link Ambiguity#CURATED}, both lists of gene aliases) apply
     * to gene concepts only; for a disease, chemical or species only {@link Ambiguity#SHARED}
     * and {@link Ambiguity#UNUSED} remain. So "CML" is CURATED and SHARED as an alias of BCR, but only SHARED as a name of
     * chronic myeloid leukaemia, and "ATP" is on the stop-list for ATP8A2, not for the chemical.
     */
    public Set<Ambiguity> ambiguity(Concept concept, String name) {
        Set<Ambiguity> flags = ambiguity(name);
        if (concept.type() == EntityType.GENE || flags.isEmpty()) {
            return flags;
        }
        boolean shared = flags.contains(Ambiguity.SHARED);
        boolean unused = flags.contains(Ambiguity.UNUSED);
        return shared ? (unused ? SHARED_AND_UNUSED : SHARED_ONLY) : (unused ? UNUSED_ONLY : Set.of());
    }

    /** Whether the exact name {@code name} carries any {@link Ambiguity}. */
    public boolean isAmbiguous(String name) {
        return ambiguity.containsKey(name);
    }

    /** Every ambiguous name with its reasons. */
    public Map<String, Set<Ambiguity>> ambiguousNames() {
        return ambiguity;
    }
}
