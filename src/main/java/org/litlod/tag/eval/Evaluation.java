package org.litlod.tag.eval;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litlod.model.Document;
import org.litlod.model.DocumentKind;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.SourceInfo;
import org.litlod.tag.Tagger;

/**
 * Runs a {@link Tagger} over the title and abstract of gold documents and scores it per entity
 * type of the gold, micro-averaged over documents:
 * <ul>
 *   <li>mentions: a found mention counts when its span (in title + " " + abstract offsets) and
 *       type equal a gold annotation's;</li>
 *   <li>normalisation: per document and type, the set of identifiers found (MeSH for diseases
 *       and chemicals, NCBI Gene for genes, NCBI Taxon for species, HGVS for variants) against
 *       the set of gold identifiers.</li>
 * </ul>
 * Types the gold does not annotate are not scored. The library does no file I/O; the caller
 * reads the gold with {@link PubTatorReader} or {@link BioCReader}.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /** Scores {@code tagger} against {@code gold}. */
    public static EvaluationResult run(Tagger tagger, List<GoldDocument> gold) {
        Set<EntityType> types = goldTypes(gold);
        Map<EntityType, Score> mentions = new EnumMap<>(EntityType.class);
        Map<EntityType, Score> ids = new EnumMap<>(EntityType.class);
        for (EntityType t : types) {
            mentions.put(t, new Score(0, 0, 0));
            ids.put(t, new Score(0, 0, 0));
        }
        for (GoldDocument g : gold) {
            List<Mention> found = tagger.find(document(g));
            int abstractOffset = g.title().length() + 1;
            for (EntityType t : types) {
                Set<String> goldSpans = new HashSet<>();
                Set<String> goldIds = new HashSet<>();
                for (GoldAnnotation a : g.annotations()) {
                    if (a.type() == t) {
                        goldSpans.add(a.start() + ":" + a.end());
                        goldIds.addAll(a.ids());
                    }
                }
                Set<String> spans = new HashSet<>();
                Set<String> foundIds = new HashSet<>();
                for (Mention m : found) {
                    if (m.type() == t) {
                        int offset = m.passage().equals("title") ? 0 : abstractOffset;
                        spans.add((m.start() + offset) + ":" + (m.end() + offset));
                        for (Identifier id : m.ids()) {
                            if (id.scheme() == scheme(t)) {
                                foundIds.add(id.value());
                            }
                        }
                    }
                }
                mentions.merge(t, compare(spans, goldSpans), Score::plus);
                ids.merge(t, compare(foundIds, goldIds), Score::plus);
            }
        }
        return new EvaluationResult(gold.size(), tagger.lexicon().version(), mentions, ids);
    }

    /** The neutral document of a gold document: its title and abstract. */
    public static Document document(GoldDocument g) {
        String title = g.title() == null || g.title().isBlank() ? "(untitled " + g.id() + ")" : g.title();
        return Document.builder(new SourceInfo(g.id(), "-", "gold", "evaluation", "1", Instant.EPOCH),
                DocumentKind.JOURNAL_ARTICLE, title)
                .abstractText(g.abstractText() == null || g.abstractText().isEmpty() ? null : g.abstractText())
                .build();
    }

    /** The identifier scheme gold files use for a type. */
    static IdScheme scheme(EntityType t) {
        return switch (t) {
            case GENE -> IdScheme.NCBI_GENE;
            case SPECIES -> IdScheme.NCBI_TAXON;
            case VARIANT -> IdScheme.HGVS_PROTEIN;
            default -> IdScheme.MESH;
        };
    }

    private static Score compare(Set<String> found, Set<String> gold) {
        int tp = 0;
        for (String f : found) {
            if (gold.contains(f)) {
                tp++;
            }
        }
        return new Score(tp, found.size() - tp, gold.size() - tp);
    }

    private static Set<EntityType> goldTypes(List<GoldDocument> gold) {
        Set<EntityType> types = java.util.EnumSet.noneOf(EntityType.class);
        for (GoldDocument g : gold) {
            for (GoldAnnotation a : g.annotations()) {
                types.add(a.type());
            }
        }
        return types;
    }
}
