package org.litlod.tag;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;
import org.litlod.model.Passage;

/**
 * Turns the chosen candidates of a passage into mentions: one per span and concept, with the
 * evidence and identifiers of the candidates that denote the same thing merged. An entity the
 * document lists joins a dictionary match of the same type on the same span (the document says
 * what the text means), and so does a candidate without identifiers.
 *
 * <p>One span of one type is one mention of one entity: when candidates of different concepts
 * remain on the same span and type (a name several concepts share), the concept the document
 * lists wins, then one found by its primary name, then the first in lexicon order.
 */
final class MentionMerger {

    private MentionMerger() {
    }

    static List<Mention> merge(Passage passage, List<Candidate> chosen) {
        List<Group> groups = new ArrayList<>();
        for (Candidate c : chosen) {
            Group g = groups.stream().filter(x -> x.accepts(c)).findFirst().orElse(null);
            if (g == null) {
                groups.add(new Group(c));
            } else {
                g.add(c);
            }
        }
        List<Mention> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            if (groups.stream().anyMatch(o -> o != g && o.sameSpanAndType(g) && o.beats(g, groups))) {
                continue;
            }
            out.add(new Mention(passage.key(), g.start, g.end,
                    passage.text().substring(g.start, g.end), g.first.target().type(),
                    List.copyOf(g.ids), List.of(), List.copyOf(g.evidence)));
        }
        return out;
    }

    /** Candidates that become one mention. */
    private static final class Group {
        final Candidate first;
        final int start;
        final int end;
        final Set<Identifier> ids = new LinkedHashSet<>();
        final Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        boolean primary;

        Group(Candidate c) {
            first = c;
            start = c.start();
            end = c.end();
            add(c);
        }

        void add(Candidate c) {
            primary |= c.primary();
            ids.addAll(c.target().ids());
            evidence.addAll(c.evidence());
        }

        /** Whether this group, rather than {@code o} on the same span and type, is the mention. */
        boolean beats(Group o, List<Group> order) {
            if (ids.isEmpty() != o.ids.isEmpty()) {
                return o.ids.isEmpty();
            }
            if (evidence.contains(Evidence.SOURCE_LIST) != o.evidence.contains(Evidence.SOURCE_LIST)) {
                return evidence.contains(Evidence.SOURCE_LIST);
            }
            if (primary != o.primary) {
                return primary;
            }
            return order.indexOf(this) < order.indexOf(o);
        }

        boolean sameSpanAndType(Group o) {
            return o.start == start && o.end == end && o.first.target().type() == first.target().type();
        }

        boolean accepts(Candidate c) {
            if (c.start() != start || c.end() != end || c.target().type() != first.target().type()) {
                return false;
            }
            if (ids.isEmpty() || c.target().ids().isEmpty() || evidence.contains(Evidence.SOURCE_LIST)
                    != c.foundBy(Evidence.SOURCE_LIST)) {
                return true;
            }
            for (Identifier id : c.target().ids()) {
                if (ids.contains(id)) {
                    return true;
                }
            }
            return false;
        }
    }
}
