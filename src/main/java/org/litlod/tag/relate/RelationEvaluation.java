package org.litlod.tag.relate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.litlod.model.Document;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;
import org.litlod.model.Relation;
import org.litlod.model.RelationArgument;

/**
 * Scores litlod's chemical-disease relations against the relations a gold corpus asserts (the
 * CDR corpus's CID relations), at document level: a found pair counts when the gold document
 * relates the same chemical and disease identifiers. The relations are found from the gold
 * documents' own mentions, so the score is that of the relation step alone. Selections
 * are scored: every chemical-disease pair of the document, what litlod publishes (pairs a
 * sentence mentions together), pairs in the title, those typed by an
 * induction cue, and the last two together.
 */
public final class RelationEvaluation {
    /** A selection of found relations and its score. */
    public record Row(String selection, int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    private RelationEvaluation() {
    }

    /** The rows for documents whose source relations of type {@code goldType} are the gold. */
    public static List<Row> run(List<Document> gold, String goldType) {
        RelationFinder finder = new RelationFinder();
        Map<String, Predicate<Relation>> selections = new LinkedHashMap<>();
        selections.put("published (a sentence with both)", r -> true);
        selections.put("both in the title", r -> r.passages().contains("title"));
        selections.put("induction cue (typed 'induces')", r -> r.type().equals(Relation.INDUCES));
        selections.put("induction cue, or both in the title",
                r -> r.type().equals(Relation.INDUCES) || r.passages().contains("title"));
        int[][] counts = new int[selections.size() + 1][3];
        for (Document d : gold) {
            Set<List<Identifier>> expected = pairs(d.relations().stream()
                    .filter(r -> r.origin() == Relation.Origin.SOURCE && r.type().equals(goldType)).toList());
            List<Relation> found = finder.find(d).stream().filter(RelationEvaluation::chemicalDisease).toList();
            score(counts[0], allPairs(d), expected);
            int i = 1;
            for (Predicate<Relation> p : selections.values()) {
                score(counts[i++], pairs(found.stream().filter(p).toList()), expected);
            }
        }
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("every chemical-disease pair of the document", counts[0][0], counts[0][1], counts[0][2]));
        int i = 1;
        for (String name : selections.keySet()) {
            rows.add(new Row(name, counts[i][0], counts[i][1], counts[i][2]));
            i++;
        }
        return rows;
    }

    private static boolean chemicalDisease(Relation r) {
        return r.arguments().get(0).type() == EntityType.CHEMICAL && r.arguments().get(1).type() == EntityType.DISEASE;
    }

    private static Set<List<Identifier>> allPairs(Document d) {
        Occurrences o = new Occurrences(d);
        Set<List<Identifier>> out = new LinkedHashSet<>();
        for (Identifier a : o.entities()) {
            for (Identifier b : o.entities()) {
                if (o.type(a) == EntityType.CHEMICAL && o.type(b) == EntityType.DISEASE) {
                    out.add(List.of(a, b));
                }
            }
        }
        return out;
    }

    private static Set<List<Identifier>> pairs(List<Relation> relations) {
        Set<List<Identifier>> out = new LinkedHashSet<>();
        for (Relation r : relations) {
            RelationArgument chemical = r.arguments().get(0);
            RelationArgument disease = r.arguments().get(1);
            for (Identifier a : chemical.ids()) {
                for (Identifier b : disease.ids()) {
                    out.add(List.of(a, b));
                }
            }
        }
        return out;
    }

    private static void score(int[] counts, Set<List<Identifier>> found, Set<List<Identifier>> expected) {
        for (List<Identifier> p : found) {
            counts[expected.contains(p) ? 0 : 1]++;
        }
        for (List<Identifier> p : expected) {
            if (!found.contains(p)) {
                counts[2]++;
            }
        }
    }

    /** The rows as a Markdown table, as in docs/evaluation.md. */
    public static String markdown(List<Row> rows) {
        StringBuilder out = new StringBuilder("| Chemical-disease pairs | TP | FP | FN | Precision | Recall | F1 |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            out.append(String.format(java.util.Locale.ROOT, "| %s | %,d | %,d | %,d | %.3f | %.3f | %.3f |%n",
                    r.selection(), r.truePositives(), r.falsePositives(), r.falseNegatives(),
                    r.precision(), r.recall(), r.f1()));
        }
        return out.toString();
    }
}
