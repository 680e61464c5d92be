package org.litlod.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.litlod.vocab.BIOLINK;
import org.litlod.vocab.LITLOD;

/**
 * The "Related entities" section of an entity page: every entity a relation links this one to,
 * in any paper, with the number of papers, the number of sentences that mention both, how many
 * of those relations a source states, and the predicates; most sentences first, at most
 * {@link #LIMIT} rows.
 */
final class RelatedEntities {
    /** The most related entities a page lists. */
    static final int LIMIT = 100;

    private static final class Tally {
        final TreeSet<String> papers = new TreeSet<>();
        final TreeSet<String> predicates = new TreeSet<>();
        long sentences;
        int bySource;
    }

    private record Row(Node entity, String label, Tally tally) {
    }

    private RelatedEntities() {
    }

    static void write(Html h, IriSpace space, Graph union, Node entity, String label) {
        GraphReads r = new GraphReads(union);
        Map<Node, Tally> byOther = new LinkedHashMap<>();
        tally(r, entity, BIOLINK.subject, BIOLINK.object, byOther);
        tally(r, entity, BIOLINK.object, BIOLINK.subject, byOther);
        if (byOther.isEmpty()) {
            return;
        }
        List<Row> rows = new ArrayList<>();
        byOther.forEach((other, t) -> rows.add(new Row(other, Labels.display(union, other), t)));
        rows.sort(Comparator.comparingLong((Row x) -> x.tally().sentences).reversed()
                .thenComparing(Comparator.comparingInt((Row x) -> x.tally().papers.size()).reversed())
                .thenComparing(Row::label));
        h.open("section", "aria-labelledby", "related").element("h2", "Entities related to " + label, "id", "related");
        h.open("table").element("caption", "From the relations of all papers, most sentences mentioning both first")
                .open("thead").open("tr").element("th", "Entity", "scope", "col").element("th", "Relations", "scope", "col")
                .element("th", "Papers", "scope", "col").element("th", "Sentences", "scope", "col")
                .element("th", "Stated by a source", "scope", "col").close("tr").close("thead").open("tbody");
        for (Row row : rows.subList(0, Math.min(LIMIT, rows.size()))) {
            Tally t = row.tally();
            h.open("tr").open("th", "scope", "row").link(space.pageUrl(row.entity().getURI()), row.label()).close("th")
                    .element("td", String.join(", ", t.predicates))
                    .element("td", Integer.toString(t.papers.size()), "class", "num")
                    .element("td", Long.toString(t.sentences), "class", "num")
                    .element("td", Integer.toString(t.bySource), "class", "num").close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    private static void tally(GraphReads r, Node entity, Property self, Property other, Map<Node, Tally> out) {
        for (Node a : r.subjects(self, entity)) {
            for (Node o : r.objects(a, other)) {
                if (!o.isURI() || o.equals(entity)) {
                    continue;
                }
                Tally t = out.computeIfAbsent(o, k -> new Tally());
                r.objects(a, BIOLINK.publications).forEach(p -> t.papers.add(p.toString()));
                r.objects(a, BIOLINK.predicate).forEach(p -> t.predicates.add(VocabularyLabels.of(p)));
                long n = r.number(a, LITLOD.sentenceCount);
                t.sentences += n == Long.MAX_VALUE ? 0 : n;
                if (r.objects(a, LITLOD.assertedBy).contains(LITLOD.SourceAssertion.asNode())) {
                    t.bySource++;
                }
            }
        }
    }
}
