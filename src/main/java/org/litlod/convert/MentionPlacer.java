package org.litlod.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;

/**
 * Turns annotation offsets counted over a whole document (as BioC and PubTator count them) into
 * mentions at offsets local to the model's passages. Each source passage is registered with its
 * document offset, the key of the model passage holding its text and where in that passage it
 * starts; an annotation is placed in the source passage that contains it, and only if the text it
 * says it covers is the text there. Some BioC files count passage offsets over escaped text
 * ("&amp;apos;" as six characters) and so shift every annotation after it: when the text is not at
 * its offset, the occurrence nearest to it within {@value #MAX_SHIFT} characters is taken and the
 * mention counted in {@link #shifted()}.
 */
public final class MentionPlacer {
    private record Segment(int start, String text, String key, int localStart) {
    }

    /** How far from its stated offset an annotation's text is looked for. */
    public static final int MAX_SHIFT = 64;

    private final List<Segment> segments = new ArrayList<>();
    private int dropped;
    private int shifted;

    /**
     * Registers a source passage.
     *
     * @param start      its offset in the document, as the source counts
     * @param text       its text
     * @param key        the key of the model passage its text is part of ("abstract")
     * @param localStart where its text starts inside that model passage
     */
    public void add(int start, String text, String key, int localStart) {
        segments.add(new Segment(start, text, key, localStart));
    }

    /**
     * The mention of an annotation, or null (counted in {@link #dropped()}) when no registered
     * passage holds the span or the text there differs from {@code text}.
     *
     * @param start   document offset of the annotation
     * @param length  its length
     * @param text    the text the source says it covers, null to take the passage's
     */
    public Mention place(int start, int length, String text, EntityType type, List<Identifier> ids,
                         List<Identifier> related) {
        for (Segment s : segments) {
            int local = start - s.start;
            if (local >= 0 && length > 0 && local + length <= s.text.length()) {
                String covered = s.text.substring(local, local + length);
                if (text == null || text.equals(covered)) {
                    return mention(s, local, length, covered, type, ids, related);
                }
            }
        }
        if (text != null && !text.isEmpty()) {
            for (boolean containing : new boolean[] {true, false}) {
                for (Segment s : segments) {
                    int local = start - s.start;
                    boolean inside = local >= 0 && local < s.text.length();
                    if (inside == containing && local > -MAX_SHIFT && local < s.text.length() + MAX_SHIFT) {
                        int found = nearest(s.text, text, local);
                        if (found >= 0) {
                            shifted++;
                            return mention(s, found, text.length(), text, type, ids, related);
                        }
                    }
                }
            }
        }
        dropped++;
        return null;
    }

    private static Mention mention(Segment s, int local, int length, String covered, EntityType type,
                                   List<Identifier> ids, List<Identifier> related) {
        return new Mention(s.key, s.localStart + local, s.localStart + local + length, covered,
                type, ids, related, List.of(Mention.Evidence.SOURCE_ANNOTATION));
    }

    private static int nearest(String passage, String text, int at) {
        int best = -1;
        int from = Math.max(0, at - MAX_SHIFT);
        for (int i = passage.indexOf(text, from); i >= 0 && i <= at + MAX_SHIFT; i = passage.indexOf(text, i + 1)) {
            if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) {
                best = i;
            }
        }
        return best;
    }

    /** How many annotations were found shifted from their stated offset (see above). */
    public int shifted() {
        return shifted;
    }

    /**
     * The mentions with those on the same span of the same passage and of the same type merged
     * into one (identifiers, related identifiers and evidence joined, in order): a published
     * mention annotation is keyed by passage, span and type.
     */
    public static List<Mention> distinct(List<Mention> mentions) {
        Map<String, Mention> out = new LinkedHashMap<>();
        for (Mention m : mentions) {
            out.merge(m.passage() + "|" + m.start() + "|" + m.end() + "|" + m.type(), m, MentionPlacer::join);
        }
        return List.copyOf(out.values());
    }

    private static Mention join(Mention a, Mention b) {
        return new Mention(a.passage(), a.start(), a.end(), a.text(), a.type(), union(a.ids(), b.ids()),
                union(a.related(), b.related()), union(a.foundBy(), b.foundBy()));
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** How many annotations could not be placed. */
    public int dropped() {
        return dropped;
    }
}
