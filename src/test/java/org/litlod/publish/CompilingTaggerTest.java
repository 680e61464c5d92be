package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litlod.model.Document;
import org.litlod.model.DocumentKind;
import org.litlod.model.Identifier;
import org.litlod.model.SourceInfo;
import org.litlod.tag.SampleLexicon;
import org.litlod.tag.Tagger;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.Lexicon;

class CompilingTaggerTest {
    private static Document paper() {
        return Document.builder(new SourceInfo("t.txt", "0", "text", "test", "1", Instant.EPOCH), DocumentKind.OTHER,
                "Crizotinib in ALK-positive NSCLC").abstractText("Thrombocytopenia was rare in mice.").build();
    }

    @Test
    void tagsAsATaggerCompiledOnTheCallersThread() {
        SampleLexicon lexicon = SampleLexicon.standard();

        Document tagged = new CompilingTagger(lexicon).tag(paper());

        assertFalse(tagged.mentions().isEmpty());
        assertEquals(new Tagger(lexicon).tag(paper()).mentions(), tagged.mentions());
    }

    @Test
    void whatTheCompilationThrewIsThrownToEveryCaller() {
        CompilingTagger broken = new CompilingTagger(new Lexicon() {
            @Override
            public String version() {
                return "broken";
            }

            @Override
            public List<Concept> concepts() {
                throw new IllegalStateException("no concepts today");
            }

            @Override
            public Optional<Concept> concept(Identifier id) {
                return Optional.empty();
            }

            @Override
            public List<Identifier> equivalents(Identifier id) {
                return List.of();
            }
        });

        IllegalStateException first = assertThrows(IllegalStateException.class, () -> broken.tag(paper()));
        IllegalStateException second = assertThrows(IllegalStateException.class, broken::tagger);
        assertEquals("no concepts today", first.getMessage());
        assertSame(first, second);
    }

    @Test
    void anInterruptWhileWaitingIsKeptForTheCaller() {
        CompilingTagger t = new CompilingTagger(SampleLexicon.standard());
        Thread.currentThread().interrupt();
        try {
            assertEquals(Tagger.class, t.tagger().getClass());
            assertTrue(Thread.interrupted(), "the interrupt is still there after the wait");
        } finally {
            Thread.interrupted();
        }
    }
}
