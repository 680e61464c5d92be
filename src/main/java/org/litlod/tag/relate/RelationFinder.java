package org.litlod.tag.relate;

import java.util.ArrayList;
import java.util.List;
import org.litlod.model.Document;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Relation;
import org.litlod.model.RelationArgument;

/**
 * Relates the entities of a document. The relations its source asserts get their evidence: the
 * passages and sentences that mention all their arguments. Then litlod adds its own, for each
 * pair of normalised entities of the types in {@link #PAIRS} that one sentence (the title is
 * one) mentions together: typed {@link Relation#INDUCES} when a sentence joins a chemical and
 * a disease with an induction cue ({@link InductionCues}), else {@link Relation#CO_OCCURRENCE};
 * its evidence is the passages and the sentences with both (their number ranks it). Immutable.
 */
public final class RelationFinder {
    /** The type pairs litlod relates, subject type first. */
    public static final List<EntityType[]> PAIRS = List.of(
            new EntityType[] {EntityType.CHEMICAL, EntityType.DISEASE},
            new EntityType[] {EntityType.GENE, EntityType.DISEASE},
            new EntityType[] {EntityType.VARIANT, EntityType.DISEASE},
            new EntityType[] {EntityType.CHEMICAL, EntityType.GENE},
            new EntityType[] {EntityType.GENE, EntityType.GENE});

    /** The document with the source's relations given their evidence and litlod's added after them. */
    public Document apply(Document d) {
        Occurrences occurrences = new Occurrences(d);
        List<Relation> out = new ArrayList<>();
        for (Relation r : d.relations()) {
            if (r.origin() != Relation.Origin.SOURCE) {
                continue;
            }
            Evidence e = Evidence.of(occurrences, r.arguments().get(0).ids(), r.arguments().get(1).ids());
            out.add(r.withEvidence(e.passages(), e.sentences()));
        }
        out.addAll(find(d, occurrences));
        return d.withRelations(out);
    }

    /** The relations litlod finds in the document, without those of its source. */
    public List<Relation> find(Document d) {
        return find(d, new Occurrences(d));
    }

    private static List<Relation> find(Document d, Occurrences occurrences) {
        List<Relation> out = new ArrayList<>();
        List<Identifier> entities = List.copyOf(occurrences.entities());
        for (EntityType[] pair : PAIRS) {
            for (int i = 0; i < entities.size(); i++) {
                Identifier a = entities.get(i);
                if (occurrences.type(a) != pair[0]) {
                    continue;
                }
                for (int j = pair[0] == pair[1] ? i + 1 : 0; j < entities.size(); j++) {
                    Identifier b = entities.get(j);
                    if (occurrences.type(b) == pair[1] && !a.equals(b)) {
                        Relation r = relation(occurrences, a, pair[0], b, pair[1]);
                        if (r != null) {
                            out.add(r);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Relation relation(Occurrences occurrences, Identifier a, EntityType ta, Identifier b, EntityType tb) {
        Evidence e = Evidence.of(occurrences, List.of(a), List.of(b));
        if (e.sentences().isEmpty()) {
            return null; // a pair no sentence joins is not evidence enough to publish
        }
        boolean cue = ta == EntityType.CHEMICAL && tb == EntityType.DISEASE
                && e.pairs().stream().anyMatch(t -> induces(occurrences, t));
        List<RelationArgument> arguments = List.of(new RelationArgument("subject", ta, List.of(a)),
                new RelationArgument("object", tb, List.of(b)));
        return new Relation(cue ? Relation.INDUCES : Relation.CO_OCCURRENCE, arguments,
                cue ? Relation.Origin.CUE : Relation.Origin.CO_OCCURRENCE, null,
                e.passages(), e.sentences());
    }

    /** Whether the words between the chemical and the disease mention are an induction cue. */
    private static boolean induces(Occurrences occurrences, Evidence.Together t) {
        Mention chemical = t.first().mention();
        Mention disease = t.second().mention();
        String text = occurrences.text(t.first().passage());
        if (chemical.end() <= disease.start()) {
            return InductionCues.chemicalFirst(text.substring(chemical.end(), disease.start()));
        }
        if (disease.end() <= chemical.start()) {
            return InductionCues.diseaseFirst(text.substring(disease.end(), chemical.start()));
        }
        return false;
    }
}
