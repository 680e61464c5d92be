package org.litlod.tag.relate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.litlod.model.Identifier;
import org.litlod.model.RelationSentence;

/**
 * Where two entities of a document occur together: the passages that mention both, and the
 * sentences that do, each once, in the order of the first entity's mentions.
 */
record Evidence(List<String> passages, List<RelationSentence> sentences, List<Evidence.Together> pairs) {

    /** Two mentions, one of each entity, in one sentence. */
    record Together(Occurrences.Occurrence first, Occurrences.Occurrence second) {
    }

    static Evidence of(Occurrences occurrences, List<Identifier> a, List<Identifier> b) {
        List<Occurrences.Occurrence> first = occurrences.of(a);
        List<Occurrences.Occurrence> second = occurrences.of(b);
        Set<String> passages = new LinkedHashSet<>();
        Set<RelationSentence> sentences = new LinkedHashSet<>();
        List<Together> pairs = new ArrayList<>();
        for (Occurrences.Occurrence x : first) {
            for (Occurrences.Occurrence y : second) {
                if (!x.passage().equals(y.passage()) || x.mention().equals(y.mention())) {
                    continue;
                }
                passages.add(x.passage());
                if (x.sentence().equals(y.sentence())) {
                    Sentences.Span s = x.sentence();
                    sentences.add(new RelationSentence(x.passage(), s.start(), s.end(),
                            occurrences.text(x.passage()).substring(s.start(), s.end())));
                    pairs.add(new Together(x, y));
                }
            }
        }
        return new Evidence(List.copyOf(passages), List.copyOf(sentences), pairs);
    }
}
