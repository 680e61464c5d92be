package org.litlod.tag.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.Lexicon;
import org.litlod.tag.text.TextNormaliser;

/**
 * Puts missed gold into an {@link ErrorCategory}, looking gold identifiers up in the lexicon
 * and comparing mention texts with concept names under the tagger's {@link TextNormaliser}
 * key. The concepts of the gold identifiers (and of their cross-links) are indexed at
 * construction, in one pass over the lexicon; the name keys of a concept are computed when
 * first needed. Not thread-safe.
 */
final class MissClassifier {

    private final Lexicon lexicon;
    private final TextNormaliser normaliser = new TextNormaliser();
    private final Map<Identifier, List<Concept>> byId = new HashMap<>();
    private final Map<Concept, Set<String>> keys = new IdentityHashMap<>();

    /** A classifier for the identifiers of {@code gold}: only their concepts are indexed. */
    MissClassifier(Lexicon lexicon, List<GoldDocument> gold) {
        this.lexicon = lexicon;
        Set<Identifier> wanted = new HashSet<>();
        for (GoldDocument g : gold) {
            for (GoldAnnotation a : g.annotations()) {
                for (Identifier id : identifiers(a.ids(), a.type())) {
                    wanted.add(id);
                    wanted.addAll(lexicon.equivalents(id));
                }
            }
        }
        for (Concept c : lexicon.concepts()) {
            for (Identifier id : c.ids()) {
                if (wanted.contains(id)) {
                    byId.computeIfAbsent(id, k -> new ArrayList<>(1)).add(c);
                }
            }
        }
    }

    /** The category of a missed gold mention, given the mentions of its type found in its document. */
    ErrorCategory mention(GoldAnnotation a, List<FoundMention> found) {
        return categorise(a, concepts(a.ids(), a.type()), found);
    }

    /**
     * The category of a missed document-level identifier, given the gold mentions of its type in
     * the document and the mentions of that type found there.
     */
    ErrorCategory identifier(String id, EntityType type, List<GoldAnnotation> gold, List<FoundMention> found) {
        Set<Concept> concepts = concepts(List.of(id), type);
        ErrorCategory best = ErrorCategory.ABSENT;
        for (GoldAnnotation a : gold) {
            if (a.ids().contains(id)) {
                ErrorCategory c = categorise(a, concepts, found);
                if (best == ErrorCategory.ABSENT || rank(c) < rank(best)) {
                    best = c;
                }
            }
        }
        return best;
    }

    /** Whether {@code text} is, under the normaliser's key, a name of one of {@code concepts}. */
    boolean isName(String text, Collection<Concept> concepts) {
        String key = normaliser.key(text);
        for (Concept c : concepts) {
            if (keys.computeIfAbsent(c, this::keysOf).contains(key)) {
                return true;
            }
        }
        return false;
    }

    private ErrorCategory categorise(GoldAnnotation a, Set<Concept> concepts, List<FoundMention> found) {
        if (concepts.isEmpty()) {
            return ErrorCategory.ABSENT;
        }
        if (!isName(a.text(), concepts)) {
            return ErrorCategory.isShortForm(a.text()) ? ErrorCategory.ABBREVIATION : ErrorCategory.VARIANT;
        }
        for (FoundMention m : found) {
            if (m.type() == a.type() && m.overlapsOtherwise(a)) {
                return ErrorCategory.BOUNDARY;
            }
        }
        return ErrorCategory.OTHER;
    }

    private static int rank(ErrorCategory c) {
        return switch (c) {
            case BOUNDARY -> 0;
            case OTHER -> 1;
            case VARIANT -> 2;
            case ABBREVIATION -> 3;
            case ABSENT -> 4;
        };
    }

    /** The concepts of gold identifiers of a type, directly or through the lexicon's cross-links. */
    private Set<Concept> concepts(List<String> ids, EntityType type) {
        Set<Concept> out = new LinkedHashSet<>();
        for (Identifier id : identifiers(ids, type)) {
            out.addAll(byId.getOrDefault(id, List.of()));
            for (Identifier e : lexicon.equivalents(id)) {
                out.addAll(byId.getOrDefault(e, List.of()));
            }
        }
        return out;
    }

    /** The gold identifiers of a type litlod has a scheme for. */
    private static List<Identifier> identifiers(List<String> ids, EntityType type) {
        List<Identifier> out = new ArrayList<>(ids.size());
        for (String value : ids) {
            Identifier id = GoldTypes.identifier(value, type);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    private Set<String> keysOf(Concept c) {
        Set<String> out = new HashSet<>();
        out.add(normaliser.key(c.preferred()));
        for (String n : c.names()) {
            out.add(normaliser.key(n));
        }
        return out;
    }
}
