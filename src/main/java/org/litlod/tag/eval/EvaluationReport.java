package org.litlod.tag.eval;

import java.util.Locale;
import java.util.Map;
import org.litlod.model.EntityType;

/** Renders an {@link EvaluationResult} as a Markdown table. */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    /** The table: one row per entity type and task, with counts, precision, recall and F1. */
    public static String render(EvaluationResult r) {
        StringBuilder b = new StringBuilder();
        b.append("Documents: ").append(r.documents()).append("; lexicon: ").append(r.lexicon()).append("\n\n");
        b.append("| Type | Task | TP | FP | FN | Precision | Recall | F1 |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
        rows(b, "mentions", r.mentions());
        rows(b, "normalisation", r.normalisation());
        return b.toString();
    }

    private static void rows(StringBuilder b, String task, Map<EntityType, Score> scores) {
        for (EntityType t : EntityType.values()) {
            Score s = scores.get(t);
            if (s == null) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.3f | %.3f | %.3f |%n",
                    t.label(), task, s.truePositives(), s.falsePositives(), s.falseNegatives(),
                    s.precision(), s.recall(), s.f1()));
        }
    }
}
