package org.litlod.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litlod.ids.EntityIds;
import org.litlod.ids.IriMinter;
import org.litlod.ids.PublishedId;
import org.litlod.ids.Schemes;
import org.litlod.model.Document;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.ListedEntity;
import org.litlod.model.Mention;

/**
 * Every entity a document names, keyed by canonical IRI in order of first appearance: entities
 * the source lists, entities its mentions identify, and related entities (genes of variants).
 * Identifiers given together (in one listing or one mention) and known equivalents are linked
 * from the first to the others, except the concepts of a {@link #composite} mention.
 *
 * <p>One entity is one annotation: of identifiers that denote the same thing (linked by
 * {@code skos:exactMatch}), the canonical one ({@link #canonical}: MONDO before NCBI Gene,
 * NCBI Taxonomy, PubChem, MeSH and HGNC) carries the paper's annotation and the mentions'
 * bodies; the others are described as its exact matches, not annotated again.
 */
final class EntityIndex {
    private final Map<String, EntityEntry> entries = new LinkedHashMap<>();
    private final IriMinter iris;

    private EntityIndex(IriMinter iris) {
        this.iris = iris;
    }

    static EntityIndex of(MappingContext c) {
        EntityIndex index = new EntityIndex(c.iris());
        Document d = c.doc();
        for (ListedEntity e : d.entities()) {
            List<EntityEntry> group = index.group(e.ids(), null, e.type(), true);
            for (EntityEntry x : group) {
                x.annotated = true;
                x.foundBy.add(Mention.Evidence.SOURCE_LIST);
                x.listed = true;
                if (x.label == null) {
                    x.label = e.name();
                }
                if (e.fullName() != null) {
                    x.altLabels.add(e.fullName());
                }
                x.altLabels.addAll(e.synonyms());
                if (e.list() != null) {
                    x.lists.add(e.list());
                }
                if (e.category() != null) {
                    x.categories.add(e.category());
                }
            }
        }
        for (int i = 0; i < d.mentions().size(); i++) {
            Mention m = d.mentions().get(i);
            for (EntityEntry x : index.group(m.ids(), geneOf(m), m.type(), !composite(m))) {
                x.annotated = true;
                x.mentions.add(i);
                x.foundBy.addAll(m.foundBy());
                if (x.label == null) {
                    x.label = m.text();
                }
            }
            index.group(m.related(), null, null, true);
        }
        for (EntityEntry x : List.copyOf(index.entries.values())) {
            String preferred = c.labels().of(x.id);
            if (preferred != null && !preferred.equals(x.label)) {
                if (x.label != null && x.listed) {
                    x.altLabels.add(x.label);
                }
                x.label = preferred;
            }
            for (Identifier eq : c.equivalents().of(x.id)) {
                if (EntityIds.hasOwnIri(eq.scheme())) {
                    x.exactMatches.add(EntityIds.of(eq).iri());
                }
            }
        }
        index.foldExactMatches();
        index.entries.values().forEach(x -> x.mentionCount = x.mentions.size());
        return index;
    }

    /** The place of the identifier's scheme in the registry's canonical order (0 is best). */
    private static int rank(Identifier id) {
        return Schemes.rank(id.scheme());
    }

    /** The canonical identifier of identifiers that denote one thing: the first of the best-ranked scheme. */
    static Identifier canonical(List<Identifier> ids) {
        Identifier best = null;
        for (Identifier id : ids) {
            if (id.scheme() != IdScheme.CAS && (best == null || rank(id) < rank(best))) {
                best = id;
            }
        }
        return best;
    }

    /**
     * Folds each annotated entry that is an exact match of a better-ranked annotated entry into
     * it: its mentions, evidence, lists and categories count for the canonical entity. Of two
     * identifiers of one scheme (two CIDs), the one whose group links to the other (the
     * lexicon's canonical one, listed first) is kept.
     */
    private void foldExactMatches() {
        List<EntityEntry> byRank = new ArrayList<>(entries.values());
        byRank.sort(java.util.Comparator.comparingInt(x -> rank(x.id)));
        Map<String, java.util.Set<String>> matches = new LinkedHashMap<>();
        for (EntityEntry x : byRank) {
            for (String iri : x.exactMatches) {
                matches.computeIfAbsent(x.iri(), k -> new java.util.TreeSet<>()).add(iri);
                matches.computeIfAbsent(iri, k -> new java.util.TreeSet<>()).add(x.iri());
            }
        }
        for (EntityEntry x : byRank) {
            if (!x.annotated) {
                continue;
            }
            for (String iri : matches.getOrDefault(x.iri(), java.util.Set.of())) {
                EntityEntry y = entries.get(iri);
                if (y != null && y != x && y.annotated
                        && (rank(y.id) > rank(x.id) || rank(y.id) == rank(x.id) && x.exactMatches.contains(iri))
                        && java.util.Objects.equals(y.gene, x.gene)) {
                    x.mentions.addAll(y.mentions);
                    x.foundBy.addAll(y.foundBy);
                    x.lists.addAll(y.lists);
                    x.categories.addAll(y.categories);
                    x.listed |= y.listed;
                    y.annotated = false;
                    y.foldedInto = x;
                }
            }
        }
    }

    /**
     * The IRI a mention with these identifiers is annotated with: the canonical identifier's
     * entity, or the entity it was folded into as an exact match.
     */
    String bodyIri(List<Identifier> ids, Identifier gene) {
        String iri = publish(canonical(ids), gene).iri();
        EntityEntry x = entries.get(iri);
        while (x != null && x.foldedInto != null) {
            x = x.foldedInto;
        }
        return x == null ? iri : x.iri();
    }

    /**
     * Whether a mention names several concepts: an annotation of the source that gives two
     * identifiers of one scheme, such as CDR's composite "renal and auditory toxicity"
     * (D007674|D006311). One concept has one identifier per scheme in a source's annotation, so
     * these are not exact matches of each other; the mention's annotation has each as a body.
     * (The lexicon's several CIDs of one compound, which the tagger gives, are one concept.)
     */
    static boolean composite(Mention m) {
        if (!m.foundBy().contains(Mention.Evidence.SOURCE_ANNOTATION)) {
            return false;
        }
        java.util.Set<IdScheme> schemes = java.util.EnumSet.noneOf(IdScheme.class);
        return m.ids().stream().filter(i -> i.scheme() != IdScheme.CAS).anyMatch(i -> !schemes.add(i.scheme()));
    }

    /** The gene a variant mention belongs to, if the mention names one. */
    static Identifier geneOf(Mention m) {
        return m.related().stream()
                .filter(i -> i.scheme() == IdScheme.NCBI_GENE || i.scheme() == IdScheme.HGNC)
                .findFirst().orElse(null);
    }

    /** Entries for identifiers given together; the first is linked to the others. */
    private List<EntityEntry> group(List<Identifier> ids, Identifier gene, EntityType type, boolean linked) {
        List<EntityEntry> out = new ArrayList<>();
        for (Identifier id : ids) {
            if (id.scheme() == IdScheme.CAS) {
                continue;
            }
            PublishedId p = publish(id, gene);
            EntityEntry x = entries.computeIfAbsent(p.iri(), k -> new EntityEntry(id, gene, p));
            EntityType t = type != null ? type : typeOfScheme(id.scheme());
            if (t != null) {
                x.types.add(t);
            }
            out.add(x);
        }
        for (int i = 1; linked && i < out.size(); i++) {
            if (!out.get(i).iri().equals(out.get(0).iri())) {
                out.get(0).exactMatches.add(out.get(i).iri());
            }
        }
        return out;
    }

    /** The published form of an identifier; variants are minted under the base, scoped by gene. */
    PublishedId publish(Identifier id, Identifier gene) {
        if (id.scheme() == IdScheme.HGVS_PROTEIN) {
            return new PublishedId(iris.variant(id, gene), List.of(), id.value());
        }
        return EntityIds.of(id);
    }

    /** The entity type an identifier scheme implies, or null when the scheme spans several. */
    static EntityType typeOfScheme(IdScheme s) {
        return Schemes.entityType(s);
    }

    EntityEntry get(String iri) {
        return entries.get(iri);
    }

    Collection<EntityEntry> entries() {
        return entries.values();
    }
}
