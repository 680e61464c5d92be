package org.litlod.rdf;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Passage;
import org.litlod.vocab.LITLOD;
import org.litlod.vocab.OA;

/**
 * At {@link MentionDetail#FULL} and {@link MentionDetail#POSITION} (nothing at
 * {@link MentionDetail#DOCUMENT}), one {@code oa:Annotation} per normalised mention: its one body is the canonical identifier of
 * the entity ({@link EntityIndex#canonical}; the others are its exact matches), or for a
 * source's {@link EntityIndex#composite composite} mention one body per concept; related ones
 * via {@code litlod:relatedEntity}; the target is an {@code oa:SpecificResource} whose
 * source is the published passage, selected by an {@code oa:TextQuoteSelector} (exact text and
 * up to 32 characters either side; full detail only) and an {@code oa:TextPositionSelector}.
 * Full detail also gives each its PubTator subject and lexicon version, and types the target
 * {@code oa:SpecificResource} (which {@code oa:hasSource} implies: its domain). Positions count
 * Unicode code points, as the Web Annotation model and SPARQL {@code SUBSTR} do (the model's
 * offsets are UTF-16 units; they differ only after characters outside the BMP). Mentions
 * without identifiers are not published.
 */
final class MentionAnnotationMapper {
    static final int CONTEXT = 32;

    private MentionAnnotationMapper() {
    }

    static void map(MappingContext c, EntityIndex index) {
        boolean full = c.detail() == MentionDetail.FULL;
        Map<String, Passage> passages = c.doc().passages().stream()
                .collect(Collectors.toMap(Passage::key, Function.identity(), (a, b) -> a));
        for (Mention m : c.doc().mentions()) {
            List<Identifier> ids = m.ids().stream().filter(i -> i.scheme() != IdScheme.CAS).toList();
            if (ids.isEmpty()) {
                continue;
            }
            Passage p = passages.get(m.passage());
            check(m, p);
            if (c.detail() == MentionDetail.DOCUMENT) {
                continue;
            }
            Resource a = c.resource(c.iris().mentionAnnotation(c.paperIri(), m))
                    .addProperty(RDF.type, OA.Annotation);
            Identifier gene = EntityIndex.geneOf(m);
            if (EntityIndex.composite(m)) {
                ids.forEach(id -> a.addProperty(OA.hasBody, c.resource(index.bodyIri(List.of(id), gene))));
            } else {
                a.addProperty(OA.hasBody, c.resource(index.bodyIri(ids, gene)));
            }
            m.related().forEach(r -> a.addProperty(LITLOD.relatedEntity,
                    c.resource(index.publish(r, null).iri())));
            a.addProperty(OA.hasTarget, target(c, a, m, p, full));
            m.foundBy().forEach(e -> a.addProperty(LITLOD.foundBy, DetectionMethods.of(e)));
            if (full) {
                a.addProperty(DCTerms.subject, m.type().label());
                if (m.foundBy().stream().anyMatch(DetectionMethods::byTagger)) {
                    c.text(a, LITLOD.lexiconVersion, c.lexiconVersion());
                }
            }
        }
    }

    private static void check(Mention m, Passage p) {
        if (p == null) {
            throw new IllegalArgumentException("mention '" + m.text() + "' refers to unknown passage '"
                    + m.passage() + "'");
        }
        if (m.end() > p.text().length() || !p.text().substring(m.start(), m.end()).equals(m.text())) {
            throw new IllegalArgumentException("mention '" + m.text() + "' at " + m.start() + ".."
                    + m.end() + " does not match the text of passage '" + m.passage() + "'");
        }
    }

    private static Resource target(MappingContext c, Resource annotation, Mention m, Passage p, boolean quoted) {
        String text = p.text();
        Resource t = c.resource(c.iris().mentionTarget(annotation.getURI()));
        if (quoted) {
            t.addProperty(RDF.type, OA.SpecificResource);
        }
        t.addProperty(OA.hasSource, c.resource(c.iris().passage(c.paperIri(), p.key())));
        Resource position = c.model().createResource().addProperty(RDF.type, OA.TextPositionSelector);
        position.addProperty(OA.start, Literals.nonNegative(text.codePointCount(0, m.start())));
        position.addProperty(OA.end, Literals.nonNegative(text.codePointCount(0, m.end())));
        if (quoted) {
            t.addProperty(OA.hasSelector, quote(c, m, text));
        }
        t.addProperty(OA.hasSelector, position);
        return t;
    }

    private static Resource quote(MappingContext c, Mention m, String text) {
        Resource quote = c.model().createResource().addProperty(RDF.type, OA.TextQuoteSelector);
        quote.addProperty(OA.exact, m.text());
        String prefix = text.substring(Math.max(0, m.start() - CONTEXT), m.start());
        String suffix = text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT));
        if (!prefix.isEmpty() && Character.isLowSurrogate(prefix.charAt(0))) {
            prefix = prefix.substring(1);
        }
        if (!suffix.isEmpty() && Character.isHighSurrogate(suffix.charAt(suffix.length() - 1))) {
            suffix = suffix.substring(0, suffix.length() - 1);
        }
        if (!prefix.isEmpty()) {
            quote.addProperty(OA.prefix, prefix);
        }
        if (!suffix.isEmpty()) {
            quote.addProperty(OA.suffix, suffix);
        }
        return quote;
    }
}
