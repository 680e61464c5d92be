package org.litlod.tag.eval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
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
 *       the set of gold identifiers. A disease found with OMIM entries among its identifiers
 *       (MEDIC files OMIM entries under MeSH headings) counts under the one the gold names
 *       ("OMIM:231200"); a found concept none of whose identifiers is gold counts once.</li>
 * </ul>
 * Types the gold does not annotate are not scored. Gold identifiers of a scheme litlod does not
 * have count as gold and can never be found. Missed gold is put into
 * {@link ErrorCategory categories}. The library does no file I/O; the caller reads the gold
 * with {@link PubTatorReader}, {@link BioCReader} or {@link S800Reader}.
 */
public final class Evaluation {

    private Evaluation() {
    }

    /** Scores {@code tagger} against {@code gold}, with the analysis of its errors. */
    public static EvaluationResult run(Tagger tagger, List<GoldDocument> gold) {
        MissClassifier classifier = new MissClassifier(tagger.lexicon(), gold);
        Map<EntityType, TypeTally> tallies = new EnumMap<>(EntityType.class);
        for (EntityType t : goldTypes(gold)) {
            tallies.put(t, new TypeTally(t, classifier));
        }
        for (GoldDocument g : gold) {
            List<FoundMention> found = found(tagger, g);
            for (TypeTally tally : tallies.values()) {
                tally.add(g, found);
            }
        }
        Map<EntityType, Score> mentions = new EnumMap<>(EntityType.class);
        Map<EntityType, Score> ids = new EnumMap<>(EntityType.class);
        Map<EntityType, ErrorAnalysis> errors = new EnumMap<>(EntityType.class);
        tallies.forEach((t, tally) -> {
            mentions.put(t, tally.mentions());
            ids.put(t, tally.identifiers());
            errors.put(t, tally.errors());
        });
        return new EvaluationResult(gold.size(), tagger.lexicon().version(), mentions, ids, errors);
    }

    /** The mentions the tagger finds in a gold document, in gold offsets. */
    private static List<FoundMention> found(Tagger tagger, GoldDocument g) {
        int abstractOffset = g.title().length() + 1;
        List<FoundMention> out = new ArrayList<>();
        for (Mention m : tagger.find(document(g))) {
            int offset = m.passage().equals("title") ? 0 : abstractOffset;
            Set<String> ids = new LinkedHashSet<>();
            Set<String> alternates = new LinkedHashSet<>();
            for (Identifier id : m.ids()) {
                if (id.scheme() == scheme(m.type())) {
                    ids.add(id.value());
                } else if (GoldTypes.counts(id.scheme(), m.type())) {
                    alternates.add(GoldTypes.written(id, m.type()));
                }
            }
            out.add(new FoundMention(m.start() + offset, m.end() + offset, m.text(), m.type(), ids, alternates));
        }
        return out;
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
