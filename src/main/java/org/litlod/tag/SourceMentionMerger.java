package org.litlod.tag;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;

/**
 * Joins the tagger's mentions to those a document came with (PubTator, BioC annotations): where
 * both mark the same span of the same passage as the same type, they are the same mention, and
 * it records both sources and the identifiers of both (PubTator's MeSH id and the tagger's MONDO
 * id for one disease mention, say). Everything else is kept side by side, the document's own
 * mentions first.
 */
final class SourceMentionMerger {
    private SourceMentionMerger() {
    }

    static List<Mention> merge(List<Mention> existing, List<Mention> found) {
        List<Mention> out = new ArrayList<>(existing);
        for (Mention f : found) {
            int at = indexOfSame(out, f, existing.size());
            if (at < 0) {
                out.add(f);
            } else {
                out.set(at, join(out.get(at), f));
            }
        }
        return out;
    }

    private static int indexOfSame(List<Mention> list, Mention f, int limit) {
        for (int i = 0; i < limit; i++) {
            Mention e = list.get(i);
            if (e.passage().equals(f.passage()) && e.start() == f.start() && e.end() == f.end()
                    && e.type() == f.type()) {
                return i;
            }
        }
        return -1;
    }

    private static Mention join(Mention a, Mention b) {
        Set<Identifier> ids = new LinkedHashSet<>(a.ids());
        ids.addAll(b.ids());
        Set<Identifier> related = new LinkedHashSet<>(a.related());
        related.addAll(b.related());
        Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        evidence.addAll(a.foundBy());
        evidence.addAll(b.foundBy());
        return new Mention(a.passage(), a.start(), a.end(), a.text(), a.type(), List.copyOf(ids),
                List.copyOf(related), List.copyOf(evidence));
    }
}
