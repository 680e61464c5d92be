package org.litlod.rdf;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.litlod.ids.PublishedId;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;
import org.litlod.model.Mention.Evidence;

/**
 * What one document says about one entity, collected from its lists and mentions before any
 * triple is written: published identifier, types, names, links, lists and how it was found.
 */
final class EntityEntry {
    final Identifier id;
    final Identifier gene;
    final PublishedId published;
    final Set<EntityType> types = new LinkedHashSet<>();
    final Set<String> altLabels = new LinkedHashSet<>();
    final Set<String> exactMatches = new TreeSet<>();
    final Set<String> lists = new TreeSet<>();
    final Set<String> categories = new TreeSet<>();
    final Set<Evidence> foundBy = EnumSet.noneOf(Evidence.class);
    String label;
    boolean annotated;
    /** Whether the source itself lists the entity (its label then is the listed name). */
    boolean listed;
    int mentionCount;
    /** The entry this one was folded into as an exact match of it, or null. */
    EntityEntry foldedInto;
    /** The positions of the document's mentions of this entry, so that merged entries count each once. */
    final java.util.Set<Integer> mentions = new java.util.HashSet<>();

    EntityEntry(Identifier id, Identifier gene, PublishedId published) {
        this.id = id;
        this.gene = gene;
        this.published = published;
        exactMatches.addAll(published.exactMatches());
    }

    String iri() {
        return published.iri();
    }

    /** The type that names the annotation's subject: the first one seen. */
    EntityType primaryType() {
        return types.isEmpty() ? null : types.iterator().next();
    }

    /** Whether a tagger (not the source) found it, so the lexicon version matters. */
    boolean foundByTagger() {
        return foundBy.contains(Evidence.DICTIONARY) || foundBy.contains(Evidence.ABBREVIATION)
                || foundBy.contains(Evidence.VARIANT_PATTERN);
    }
}
