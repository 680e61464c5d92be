package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.store.PaperStore;

/** Loading again is idempotent; a changed file replaces what it gave before. */
class ReloadTest {
    private static final Path WEB_ARTICLE = SeedCorpus.SEEDS.resolve("002_ded442ce58b4f461.txt");

    @Test
    void loadingTheSameFilesAgainChangesNothing(@TempDir Path dir) throws Exception {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        Publisher p = SeedCorpus.publisher();
        Loading.run(p, store, List.of(SeedCorpus.SEEDS), false);
        List<String> graphs = store.graphs();
        long quads = store.quadCount();
        LoadReport again = Loading.run(p, store, List.of(SeedCorpus.SEEDS), false);
        assertEquals(3, again.count(FileOutcome.Status.LOADED));
        assertEquals(graphs, store.graphs());
        assertEquals(quads, store.quadCount(), "same documents, same triples");
    }

    @Test
    void aChangedFileReplacesItsOldGraphEvenWhenItsIriChanges(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Path article = in.resolve("article.txt");
        Files.copy(WEB_ARTICLE, article);
        PaperStore store = PaperStore.open(dir.resolve("db"));
        Publisher p = SeedCorpus.publisher();
        LoadReport first = Loading.run(p, store, List.of(in), true);
        String oldGraph = first.files().get(0).graphs().get(0);

        // A new title gives the paper (which has no DOI) a new IRI and graph.
        String text = Files.readString(article, StandardCharsets.UTF_8);
        Files.writeString(article, text.replaceFirst("Crizotinib: clinical activity", "Crizotinib: clinical efficacy"));
        LoadReport second = Loading.run(p, store, List.of(in), true);
        assertEquals(FileOutcome.Status.LOADED, second.files().get(0).status());
        String newGraph = second.files().get(0).graphs().get(0);
        assertFalse(newGraph.equals(oldGraph));
        assertEquals(List.of(newGraph), SeedCorpus.documentGraphs(store),
                "the old graph of the same file is gone (the shared graph of entity descriptions stays)");

        LoadReport third = Loading.run(p, store, List.of(in), true);
        assertEquals(FileOutcome.Status.UNCHANGED, third.files().get(0).status());
        assertTrue(third.ok());
    }
}
