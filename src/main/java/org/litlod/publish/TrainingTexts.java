package org.litlod.publish;

import java.util.ArrayList;
import java.util.List;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.tag.eval.GoldAnnotation;
import org.litlod.tag.eval.GoldDocument;
import org.litlod.tag.eval.GoldTypes;
import org.litlod.tag.lexicon.AnnotatedText;

/**
 * Gold documents as training texts for a lexicon build: title and abstract joined by a space
 * (the offsets gold files use), each annotation with the identifiers litlod has a scheme for
 * (MeSH UIs for chemicals and diseases, OMIM entries for diseases, NCBI Taxonomy ids for species).
 */
final class TrainingTexts {

    private TrainingTexts() {
    }

    /**
     * The training texts of {@code gold}, which annotates the entity types {@code types}, as texts
     * of the corpus named {@code corpus}.
     */
    static List<AnnotatedText> of(List<GoldDocument> gold, List<EntityType> types, String corpus) {
        List<AnnotatedText> out = new ArrayList<>(gold.size());
        for (GoldDocument g : gold) {
            String text = (g.title() == null ? "" : g.title()) + " "
                    + (g.abstractText() == null ? "" : g.abstractText());
            List<AnnotatedText.Span> spans = new ArrayList<>();
            for (GoldAnnotation a : g.annotations()) {
                if (!types.contains(a.type()) || a.start() < 0 || a.end() > text.length() || a.start() >= a.end()) {
                    continue;
                }
                List<Identifier> ids = new ArrayList<>();
                for (String id : a.ids()) {
                    Identifier parsed = identifier(a.type(), id);
                    if (parsed != null) {
                        ids.add(parsed);
                    }
                }
                spans.add(new AnnotatedText.Span(a.start(), a.end(), a.type(), ids));
            }
            out.add(new AnnotatedText(text, spans, types, corpus));
        }
        return out;
    }

    private static Identifier identifier(EntityType type, String written) {
        String id = written.strip();
        if (type == EntityType.SPECIES) {
            id = id.replaceFirst("(?i)^(ncbitaxon|taxonomy|ncbi_taxon):", "");
            return id.matches("\\d{1,9}") ? new Identifier(IdScheme.NCBI_TAXON, id) : null;
        }
        if (type == EntityType.CHEMICAL || type == EntityType.DISEASE) {
            Identifier parsed = GoldTypes.identifier(id, type);
            boolean usable = parsed != null && (parsed.scheme() == IdScheme.MESH
                    || type == EntityType.DISEASE && parsed.scheme() == IdScheme.OMIM);
            return usable ? parsed : null;
        }
        return null;
    }
}
