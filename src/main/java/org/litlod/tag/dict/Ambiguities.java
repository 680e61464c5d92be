package org.litlod.tag.dict;

import java.util.ArrayList;
import java.util.List;
import org.litlod.model.EntityType;

/**
 * Resolves the entries that share one key: a single concept keeps all; otherwise the concepts
 * whose primary name it is; otherwise the non-gene concepts; and among those, the ones whose
 * name needed no folding ("Amphetamine" over "Amphetamines"). Otherwise (a gene alias shared by
 * several genes) none.
 */
final class Ambiguities {

    private Ambiguities() {
    }

    static List<DictionaryEntry> resolve(List<DictionaryEntry> entries) {
        if (entries.size() == 1) {
            return entries;
        }
        if (distinctTargets(entries) <= 1) {
            return dedupe(entries);
        }
        List<DictionaryEntry> primary = new ArrayList<>();
        List<DictionaryEntry> nonGene = new ArrayList<>();
        for (DictionaryEntry e : entries) {
            if (e.primary()) {
                primary.add(e);
            }
            if (e.target().type() != EntityType.GENE) {
                nonGene.add(e);
            }
        }
        List<DictionaryEntry> pool = primary.isEmpty() ? nonGene : primary;
        List<DictionaryEntry> literal = new ArrayList<>();
        for (DictionaryEntry e : pool) {
            if (e.cased().equals(e.name().replaceAll("[\\s\\-/_'\u2019]", ""))) {
                literal.add(e);
            }
        }
        if (!literal.isEmpty() && distinctTargets(literal) < distinctTargets(pool)) {
            pool = literal;
        }
        return dedupe(pool);
    }

    private static int distinctTargets(List<DictionaryEntry> entries) {
        List<Target> seen = new ArrayList<>();
        for (DictionaryEntry e : entries) {
            if (seen.stream().noneMatch(t -> t.sameAs(e.target()))) {
                seen.add(e.target());
            }
        }
        return seen.size();
    }

    /**
     * One entry per target, case rule and cased key; a dropped duplicate lends its word
     * boundaries to the entry kept ("non-small-cell" and "nonsmall cell" are one entry that
     * takes a space where either has a separator).
     */
    private static List<DictionaryEntry> dedupe(List<DictionaryEntry> entries) {
        List<DictionaryEntry> out = new ArrayList<>();
        List<String> cased = new ArrayList<>();
        for (DictionaryEntry e : entries) {
            String c = e.cased();
            int dup = -1;
            for (int i = 0; i < out.size() && dup < 0; i++) {
                DictionaryEntry o = out.get(i);
                if (o.target().sameAs(e.target()) && o.caseSensitive() == e.caseSensitive()
                        && cased.get(i).equals(c)) {
                    dup = i;
                }
            }
            if (dup < 0) {
                out.add(e);
                cased.add(c);
            } else {
                out.set(dup, out.get(dup).withBoundariesOf(e));
            }
        }
        return out;
    }
}
