package org.litlod.tag.lexicon;

import java.util.List;
import org.litlod.model.Identifier;

/**
 * The concepts of a list by each of their identifiers, the first concept in the list that holds
 * an identifier winning. An open-addressing table of list positions: four bytes a slot, where a
 * hash map of the default lexicon's 700,000 identifiers takes some forty bytes an entry.
 *
 * <p>A slot stands for whichever identifier of its concept led there; a lookup walks the probe
 * sequence of the identifier asked and stops at the first concept that holds it. Insertion walks
 * the same sequence and stops at the same place, so the concept found is the one inserted first.
 * Immutable once built and thread-safe.
 */
final class ConceptIndex {

    private final List<Concept> concepts;
    private final int[] slots;
    private final int mask;

    private ConceptIndex(List<Concept> concepts, int[] slots) {
        this.concepts = concepts;
        this.slots = slots;
        this.mask = slots.length - 1;
    }

    /** The index of {@code concepts}, which it keeps and which must not change afterwards. */
    static ConceptIndex of(List<Concept> concepts) {
        long ids = 0;
        for (Concept c : concepts) {
            ids += c.ids().size();
        }
        int capacity = Integer.highestOneBit((int) Math.max(16, ids * 10 / 7)) << 1;
        ConceptIndex index = new ConceptIndex(concepts, new int[capacity]);
        for (int i = 0; i < concepts.size(); i++) {
            for (Identifier id : concepts.get(i).ids()) {
                index.insert(id, i);
            }
        }
        return index;
    }

    /** The first concept that holds {@code id}, or null. */
    Concept get(Identifier id) {
        int p = position(id);
        return p < 0 ? null : concepts.get(p);
    }

    /** The position in the list of the first concept that holds {@code id}, or -1. */
    int position(Identifier id) {
        for (int s = start(id); ; s = (s + 1) & mask) {
            int v = slots[s];
            if (v == 0) {
                return -1;
            }
            if (concepts.get(v - 1).ids().contains(id)) {
                return v - 1;
            }
        }
    }

    private void insert(Identifier id, int position) {
        for (int s = start(id); ; s = (s + 1) & mask) {
            int v = slots[s];
            if (v == 0) {
                slots[s] = position + 1;
                return;
            }
            if (concepts.get(v - 1).ids().contains(id)) {
                return;
            }
        }
    }

    private int start(Identifier id) {
        int h = id.scheme().ordinal() * 31 + id.value().hashCode();
        h *= 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }
}
