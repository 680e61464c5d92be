package org.litlod.tag.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litlod.model.Document;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Passage;

/**
 * Where each normalised entity of a document occurs: its mentions, keyed by identifier, and the
 * sentence of each. Titles of cited works are not the document's text and are left out. A mention with identifiers of different schemes (MONDO and MeSH) names one
 * entity, keyed by the first; several of one scheme (CDR's "D007674|D006311" for "renal and
 * auditory toxicity") name one entity each.
 */
final class Occurrences {
    /** One mention of an entity: the passage key, the sentence it lies in, and the mention. */
    record Occurrence(String passage, Sentences.Span sentence, Mention mention) {
    }

    private final Map<Identifier, List<Occurrence>> byId = new LinkedHashMap<>();
    private final Set<Identifier> entities = new LinkedHashSet<>();
    private final Map<Identifier, EntityType> types = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    Occurrences(Document d) {
        Map<String, List<Sentences.Span>> sentences = new LinkedHashMap<>();
        for (Passage p : d.passages()) {
            if (p.kind() != Passage.PassageKind.REFERENCE_TITLE) {
                texts.put(p.key(), p.text());
            }
        }
        for (Mention m : d.mentions()) {
            String text = texts.get(m.passage());
            if (text == null || m.end() > text.length()) {
                continue;
            }
            Sentences.Span s = sentences.computeIfAbsent(m.passage(), k -> Sentences.of(text)).stream()
                    .filter(x -> x.start() <= m.start() && m.start() < x.end())
                    .findFirst().orElse(new Sentences.Span(0, text.length()));
            entities.addAll(entities(m.ids()));
            for (Identifier id : m.ids()) {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(new Occurrence(m.passage(), s, m));
                types.putIfAbsent(id, m.type());
            }
        }
    }

    /** The identifiers of the entities a mention names (see the class comment). */
    static List<Identifier> entities(List<Identifier> ids) {
        IdScheme first = ids.isEmpty() ? null : ids.get(0).scheme();
        return ids.stream().filter(id -> id.scheme() == first).toList();
    }

    /** The entities in order of first mention. */
    Set<Identifier> entities() {
        return entities;
    }

    EntityType type(Identifier id) {
        return types.get(id);
    }

    /** The mentions of an entity (any of {@code ids}), in the order found. */
    List<Occurrence> of(List<Identifier> ids) {
        List<Occurrence> out = new ArrayList<>();
        for (Identifier id : ids) {
            for (Occurrence o : byId.getOrDefault(id, List.of())) {
                if (!out.contains(o)) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /** The text of a passage. */
    String text(String passage) {
        return texts.get(passage);
    }
}
