package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.rdf.MentionDetail;
import org.litlod.store.PaperStore;
import org.litlod.vocab.LITLOD;
import org.litlod.vocab.OA;

/** The mention detail reaches the store through the pipeline, and kept bulk work is tied to it. */
class MentionDetailPipelineTest {
    @Test
    void bulkWorkOfAnotherDetailIsNotReused() {
        assertNotEquals(Publishers.standard(SeedCorpus.BASE, null, MentionDetail.FULL).fingerprint(),
                Publishers.standard(SeedCorpus.BASE, null, MentionDetail.POSITION).fingerprint());
    }

    @Test
    void aDocumentLevelLoadStoresNoMentions(@TempDir Path dir) throws Exception {
        try (PaperStore store = PaperStore.open(dir.resolve("db"))) {
            LoadReport r = Loading.run(Publishers.standard(SeedCorpus.BASE, Publishers.lexicon(null), MentionDetail.DOCUMENT),
                    store, List.of(SeedCorpus.SEEDS), true);
            assertTrue(r.ok(), r.toString());
            assertFalse(store.contains(Node.ANY, OA.hasSource.asNode(), Node.ANY), "no mention targets");
            assertTrue(store.contains(Node.ANY, LITLOD.mentionCount.asNode(), Node.ANY), "document-level annotations");
        }
    }

    @Test
    void aFullLoadStoresQuoteSelectors(@TempDir Path dir) throws Exception {
        try (PaperStore store = PaperStore.open(dir.resolve("db"))) {
            Loading.run(Publishers.standard(SeedCorpus.BASE, Publishers.lexicon(null), MentionDetail.FULL),
                    store, List.of(SeedCorpus.SEEDS), true);
            assertTrue(store.contains(Node.ANY, OA.exact.asNode(), Node.ANY));
        }
    }
}
