package org.litlod.server.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.litlod.server.ld.PaperView.RelationView;
import org.litlod.vocab.BIOLINK;
import org.litlod.vocab.LITLOD;

/**
 * The relations of a paper, for its page: every association whose publication is the paper, with
 * its subject, predicate and object, who asserts it and its evidence sentences; the source's
 * relations first, then by the number of sentences, most first.
 */
final class RelationReader {
    private final GraphReads r;

    RelationReader(GraphReads r) {
        this.r = r;
    }

    List<RelationView> relations(Node paper) {
        List<RelationView> out = new ArrayList<>();
        for (Node a : r.subjects(BIOLINK.publications, paper)) {
            Node subject = first(a, BIOLINK.subject);
            Node object = first(a, BIOLINK.object);
            Node predicate = first(a, BIOLINK.predicate);
            Node by = first(a, LITLOD.assertedBy);
            if (subject == null || object == null || predicate == null) {
                continue;
            }
            long sentences = r.number(a, LITLOD.sentenceCount);
            out.add(new RelationView(subject.getURI(), Labels.display(r.graph(), subject),
                    VocabularyLabels.of(predicate), object.getURI(), Labels.display(r.graph(), object),
                    r.text(a, LITLOD.relationType), by == null ? "" : VocabularyLabels.of(by),
                    by != null && by.equals(LITLOD.SourceAssertion.asNode()), r.text(a, LITLOD.score),
                    sentences == Long.MAX_VALUE ? 0 : sentences, r.texts(a, LITLOD.evidenceSentence)));
        }
        out.sort(Comparator.comparing((RelationView v) -> !v.bySource())
                .thenComparing(Comparator.comparingLong(RelationView::sentenceCount).reversed())
                .thenComparing(RelationView::subjectLabel).thenComparing(RelationView::objectLabel));
        return out;
    }

    private Node first(Node s, org.apache.jena.rdf.model.Property p) {
        List<Node> all = r.objects(s, p);
        return all.isEmpty() ? null : all.get(0);
    }
}
