package org.litlod.tag.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litlod.ids.Schemes;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Merges the concepts read from several sources into one concept per thing: concepts of the
 * same type that share an identifier, or whose identifiers a {@link CrossLink} joins, become
 * one. The merged concept lists its identifiers in the registry's canonical scheme order
 * (MONDO, NCBI Gene, NCBI Taxonomy, PubChem, MeSH, OMIM, HGNC, Ensembl, CAS), takes its preferred name from the first concept added
 * that holds the primary identifier, and keeps every other name.
 */
final class ConceptMerger {

    private static final List<IdScheme> ORDER = Schemes.canonicalOrder();

    private final List<Concept> concepts = new ArrayList<>();
    private final Map<Identifier, Integer> owner = new HashMap<>();
    private int[] parent = new int[1024];

    void add(Concept c) {
        int index = concepts.size();
        concepts.add(c);
        if (index == parent.length) {
            parent = Arrays.copyOf(parent, parent.length * 2);
        }
        parent[index] = index;
        for (Identifier id : c.ids()) {
            Integer other = owner.putIfAbsent(id, index);
            if (other != null) {
                union(other, index);
            }
        }
    }

    /** Joins the concepts of the two identifiers when both exist and have the same type. */
    boolean link(CrossLink link) {
        Integer a = owner.get(link.subject());
        Integer b = owner.get(link.object());
        if (a == null || b == null) {
            return false;
        }
        return union(a, b);
    }

    boolean has(Identifier id) {
        return owner.containsKey(id);
    }

    private boolean union(int a, int b) {
        if (concepts.get(a).type() != concepts.get(b).type()) {
            return false;
        }
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
        return true;
    }

    private int find(int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    /** The merged concepts, in the order their first part was added. */
    List<Concept> merged() {
        Map<Integer, List<Concept>> groups = new LinkedHashMap<>();
        for (int i = 0; i < concepts.size(); i++) {
            groups.computeIfAbsent(find(i), k -> new ArrayList<>(1)).add(concepts.get(i));
        }
        List<Concept> out = new ArrayList<>(groups.size());
        for (List<Concept> group : groups.values()) {
            out.add(group.size() == 1 ? group.get(0) : merge(group));
        }
        return out;
    }

    private static Concept merge(List<Concept> group) {
        Set<Identifier> ids = new LinkedHashSet<>();
        group.forEach(c -> ids.addAll(c.ids()));
        List<Identifier> ordered = new ArrayList<>(ids);
        ordered.sort(Comparator.comparingInt(id -> ORDER.indexOf(id.scheme())));
        Identifier primary = ordered.get(0);
        String preferred = null;
        String taxon = null;
        for (Concept c : group) {
            if (preferred == null && c.ids().contains(primary)) {
                preferred = c.preferred();
            }
            if (taxon == null) {
                taxon = c.taxon();
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (Concept c : group) {
            names.addAll(NameLib.allNames(c));
        }
        if (preferred == null) {
            preferred = names.iterator().next();
        }
        names.remove(preferred);
        return new Concept(group.get(0).type(), ordered, preferred, new ArrayList<>(names), taxon);
    }
}
