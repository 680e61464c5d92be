package org.litlod.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.litlod.server.ld.PaperView.EntityView;
import org.litlod.server.ld.PaperView.MentionView;
import org.litlod.vocab.LITLOD;
import org.litlod.vocab.OA;

/**
 * The entities a paper mentions, for its page: one per document-level annotation (body,
 * PubTator subject, mention count), each with its mention annotations in context (the text
 * quote selector's prefix, exact text and suffix, or for a mention recorded by its position only
 * the passage text there), most mentioned first.
 */
final class EntityReader {
    /** Code points of context either side of a mention given by its position only. */
    static final int CONTEXT = 32;
    private final GraphReads r;

    EntityReader(GraphReads r) {
        this.r = r;
    }

    List<EntityView> entities(Node paper) {
        Map<Node, Builder> byEntity = new LinkedHashMap<>();
        for (Node a : r.subjects(OA.hasTarget, paper)) {
            for (Node body : r.objects(a, OA.hasBody)) {
                Builder b = byEntity.computeIfAbsent(body, Builder::new);
                b.type = r.text(a, DCTerms.subject);
                long n = r.number(a, LITLOD.mentionCount);
                b.count = n == Long.MAX_VALUE ? b.count : n;
            }
        }
        r.graph().find(Node.ANY, RDF.type.asNode(), OA.Annotation.asNode()).forEachRemaining(t -> {
            Node a = t.getSubject();
            for (Node target : r.objects(a, OA.hasTarget)) {
                MentionView m = mention(target);
                if (m == null) {
                    continue;
                }
                for (Node body : r.objects(a, OA.hasBody)) {
                    Builder b = byEntity.computeIfAbsent(body, Builder::new);
                    b.mentions.add(m);
                    if (b.type == null) {
                        b.type = r.text(a, DCTerms.subject);
                    }
                }
            }
        });
        List<EntityView> out = new ArrayList<>();
        byEntity.values().forEach(b -> {
            b.mentions.sort(Comparator.comparing(MentionView::where).thenComparing(MentionView::prefix));
            out.add(new EntityView(b.entity.getURI(), Labels.display(r.graph(), b.entity),
                    b.type == null ? "" : b.type, Math.max(b.count, b.mentions.size()), List.copyOf(b.mentions)));
        });
        out.sort(Comparator.comparingLong(EntityView::mentionCount).reversed().thenComparing(EntityView::label));
        return out;
    }

    private MentionView mention(Node target) {
        List<Node> sources = r.objects(target, OA.hasSource);
        if (sources.isEmpty()) {
            return null;
        }
        String where = orEmpty(r.text(sources.get(0), LITLOD.passageKey));
        for (Node sel : r.objects(target, OA.hasSelector)) {
            String exact = r.text(sel, OA.exact);
            if (exact != null) {
                return new MentionView(orEmpty(r.text(sel, OA.prefix)), exact, orEmpty(r.text(sel, OA.suffix)), where);
            }
        }
        String text = r.text(sources.get(0), LITLOD.text);
        for (Node sel : r.objects(target, OA.hasSelector)) {
            long start = r.number(sel, OA.start);
            long end = r.number(sel, OA.end);
            if (text != null && start != Long.MAX_VALUE && end != Long.MAX_VALUE) {
                return quoted(text, (int) start, (int) end, where);
            }
        }
        return null;
    }

    /**
     * The mention between code points {@code start} and {@code end} of the passage text, with up
     * to {@value #CONTEXT} code points either side (what a quote selector at full detail holds).
     */
    private static MentionView quoted(String text, int start, int end, String where) {
        int length = text.codePointCount(0, text.length());
        if (start < 0 || end > length || start >= end) {
            return null;
        }
        int s = text.offsetByCodePoints(0, start);
        int e = text.offsetByCodePoints(0, end);
        int from = text.offsetByCodePoints(0, Math.max(0, start - CONTEXT));
        int to = text.offsetByCodePoints(0, Math.min(length, end + CONTEXT));
        return new MentionView(text.substring(from, s), text.substring(s, e), text.substring(e, to), where);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static final class Builder {
        final Node entity;
        final List<MentionView> mentions = new ArrayList<>();
        String type;
        long count;

        Builder(Node entity) {
            this.entity = entity;
        }
    }
}
