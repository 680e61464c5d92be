package org.litlod.tag.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.litlod.model.EntityType;

/**
 * Renders an {@link EvaluationResult} as Markdown (for {@code docs/evaluation.md}) or as plain
 * text: the scores per entity type and task, the missed gold by {@link ErrorCategory} with its
 * share of the gold, the gold identifiers no litlod scheme can match, and the most frequent
 * false positive and false negative mention texts (for tuning on training and development sets
 * only).
 */
public final class EvaluationReport {
    /** How many texts the lists of false positives and negatives show by default. */
    public static final int TOP = 15;

    private EvaluationReport() {
    }

    /** The Markdown report with the {@value #TOP} most frequent error texts. */
    public static String render(EvaluationResult r) {
        return markdown(r, TOP);
    }

    /** The Markdown report; {@code top} error texts per type and kind, none when 0. */
    public static String markdown(EvaluationResult r, int top) {
        return render(r, top, Table::markdown);
    }

    /** The plain-text report; {@code top} error texts per type and kind, none when 0. */
    public static String text(EvaluationResult r, int top) {
        return render(r, top, Table::text);
    }

    private static String render(EvaluationResult r, int top, Function<Table, String> style) {
        StringBuilder b = new StringBuilder();
        b.append("Documents: ").append(r.documents()).append("; lexicon: ").append(r.lexicon()).append("\n\n");
        b.append(style.apply(scores(r)));
        Table misses = misses(r);
        if (!misses.isEmpty()) {
            b.append("\nMissed gold by error category (count, share of the gold of the type and task):\n\n");
            b.append(style.apply(misses));
            for (ErrorCategory c : ErrorCategory.values()) {
                b.append(String.format(Locale.ROOT, "%n- %s: %s", c, c.description()));
            }
            b.append('\n');
        }
        for (String note : outsideScheme(r)) {
            b.append('\n').append(note).append('\n');
        }
        Table errors = errors(r, top);
        if (!errors.isEmpty()) {
            b.append("\nMost frequent false positive and false negative mention texts "
                    + "(for tuning on training and development sets only):\n\n");
            b.append(style.apply(errors));
        }
        return b.toString();
    }

    private static Table scores(EvaluationResult r) {
        Table t = new Table("Type", "Task", ">TP", ">FP", ">FN", ">Precision", ">Recall", ">F1");
        rows(t, "mentions", r.mentions());
        rows(t, "normalisation", r.normalisation());
        return t;
    }

    private static void rows(Table table, String task, Map<EntityType, Score> scores) {
        for (EntityType t : EntityType.values()) {
            Score s = scores.get(t);
            if (s != null) {
                table.row(t.label(), task, Integer.toString(s.truePositives()),
                        Integer.toString(s.falsePositives()), Integer.toString(s.falseNegatives()),
                        decimal(s.precision()), decimal(s.recall()), decimal(s.f1()));
            }
        }
    }

    private static Table misses(EvaluationResult r) {
        List<String> columns = new ArrayList<>(List.of("Type", "Task", ">Gold", ">Missed"));
        for (ErrorCategory c : ErrorCategory.values()) {
            columns.add(">" + c);
        }
        Table table = new Table(columns.toArray(String[]::new));
        for (EntityType t : EntityType.values()) {
            ErrorAnalysis e = r.errors().get(t);
            if (e != null) {
                table.row(missRow(t, "mentions", e.goldMentions(), e.missedMentions()));
                table.row(missRow(t, "normalisation", e.goldIdentifiers(), e.missedIdentifiers()));
            }
        }
        return table;
    }

    private static String[] missRow(EntityType t, String task, int gold, Map<ErrorCategory, Integer> missed) {
        List<String> cells = new ArrayList<>(List.of(t.label(), task, Integer.toString(gold),
                Integer.toString(missed.values().stream().mapToInt(Integer::intValue).sum())));
        for (ErrorCategory c : ErrorCategory.values()) {
            int n = missed.get(c);
            cells.add(String.format(Locale.ROOT, "%d (%.1f%%)", n, gold == 0 ? 0.0 : 100.0 * n / gold));
        }
        return cells.toArray(String[]::new);
    }

    private static List<String> outsideScheme(EvaluationResult r) {
        List<String> notes = new ArrayList<>();
        for (EntityType t : EntityType.values()) {
            ErrorAnalysis e = r.errors().get(t);
            if (e == null) {
                continue;
            }
            e.identifiersOutsideScheme().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(o ->
                    notes.add(String.format(Locale.ROOT, "%s: %d of the %d gold document-level identifiers are %s "
                                    + "identifiers, a scheme litlod does not have; they count as missed (ABSENT).",
                            t.label(), o.getValue(), e.goldIdentifiers(), o.getKey())));
        }
        return notes;
    }

    private static Table errors(EvaluationResult r, int top) {
        Table table = new Table("Type", ">Rank", "False positive", ">n", "False negative", ">n");
        if (top <= 0) {
            return table;
        }
        for (EntityType t : EntityType.values()) {
            ErrorAnalysis e = r.errors().get(t);
            if (e == null) {
                continue;
            }
            List<Map.Entry<String, Integer>> fp = ErrorAnalysis.top(e.falsePositives(), top);
            List<Map.Entry<String, Integer>> fn = ErrorAnalysis.top(e.falseNegatives(), top);
            for (int i = 0; i < Math.max(fp.size(), fn.size()); i++) {
                table.row(t.label(), Integer.toString(i + 1),
                        i < fp.size() ? fp.get(i).getKey() : "", i < fp.size() ? fp.get(i).getValue().toString() : "",
                        i < fn.size() ? fn.get(i).getKey() : "", i < fn.size() ? fn.get(i).getValue().toString() : "");
            }
        }
        return table;
    }

    private static String decimal(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
