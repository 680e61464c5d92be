package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.Literature;
import org.litlod.model.Document;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;
import org.litlod.tag.Tagger;
import org.litlod.tag.lexicon.Lexicons;

/**
 * Where the input's own annotation (PubTator3) and litlod's tagger find the same mention, the
 * tagged document holds one mention recording both sources.
 */
class SourceAnnotationMergeTest {
    private static Document tagged;

    @BeforeAll
    static void tag() throws Exception {
        if (!Literature.present()) {
            return;
        }
        Document d = ConverterRegistry.standard()
                .convert(Literature.load("pubtator3-biocjson/10.1016_j.molcel.2019.04.005.json")).get(0);
        tagged = org.litlod.publish.Publishers.tagger(Lexicons.builtin()).tag(d);
    }

    @BeforeEach
    void needsTheFixtures() {
        Literature.assumePresent();
    }

    private static List<Mention> at(String passage, int start, int end) {
        return tagged.mentions().stream()
                .filter(m -> m.passage().equals(passage) && m.start() == start && m.end() == end).toList();
    }

    @Test
    void sameSpanAndIdentifierBecomeOneMentionWithBothSources() {
        List<Mention> b7h1 = at("title", 7, 12);
        assertEquals(1, b7h1.size(), b7h1.toString());
        assertEquals("B7-H1", b7h1.get(0).text());
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "29126")), b7h1.get(0).ids());
        assertEquals(Set.of(Evidence.SOURCE_ANNOTATION, Evidence.DICTIONARY), Set.copyOf(b7h1.get(0).foundBy()));
        List<Mention> brca1 = at("abstract", 458, 463);
        assertEquals(1, brca1.size(), brca1.toString());
        assertEquals(Set.of(Evidence.SOURCE_ANNOTATION, Evidence.DICTIONARY), Set.copyOf(brca1.get(0).foundBy()));
    }

    @Test
    void mentionsOnlyTheSourceAnnotatesKeepTheirSingleSource() {
        List<Mention> h1a = at("abstract", 811, 814).stream().filter(m -> m.foundBy().contains(Evidence.SOURCE_ANNOTATION)).toList();
        assertEquals(1, h1a.size());
        assertEquals(List.of(Evidence.SOURCE_ANNOTATION), h1a.get(0).foundBy());
    }
}
