package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.corpus.CorpusGenerator;
import org.litlod.store.PaperStore;

/** Many small files go in few transactions, and a file that fails still fails alone. */
class BatchedLoadTest {
    @Test
    void aBadFileAmongManySmallOnesFailsAloneAndTheOthersAllLoad(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        CorpusGenerator.write(in, "paper-summary", 30, 7);
        Files.writeString(in.resolve("0-bad.txt"), "neither a paper summary nor anything else\n");
        PaperStore store = PaperStore.open(dir.resolve("db"));
        Publisher p = Publishers.standard(SeedCorpus.BASE, null);
        LoadReport r = Loading.run(p, store, List.of(in), true);
        assertEquals(30, r.count(FileOutcome.Status.LOADED), r.summary());
        assertEquals(1, r.count(FileOutcome.Status.FAILED), r.summary());
        assertEquals(30, store.graphs().size());
        assertEquals(r.graphsStored(), store.graphs().size());
        assertEquals(31, Loading.run(p, store, List.of(in), true).files().stream()
                .filter(f -> f.status() != FileOutcome.Status.LOADED).count(), "nothing is loaded again");
    }

    @Test
    void theSamePaperInTwoFilesOfOneBatchIsStoredOnceWithAWarning(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Path seed = SeedCorpus.SEEDS.resolve("000_93911e03ce8ac8a2.txt");
        Files.copy(seed, in.resolve("a.txt"));
        Files.writeString(in.resolve("b.txt"), Files.readString(seed) + "\n");
        PaperStore store = PaperStore.open(dir.resolve("db"));
        LoadReport r = Loading.run(Publishers.standard(SeedCorpus.BASE, null), store, List.of(in), true);
        assertEquals(2, r.count(FileOutcome.Status.LOADED), r.summary());
        assertEquals(1, SeedCorpus.documentGraphs(store).size());
        assertTrue(r.files().get(1).warnings().stream().anyMatch(w -> w.startsWith(Publisher.REPLACES_OTHER_FILE)
                && w.endsWith("loaded from a.txt")), r.files().get(1).warnings().toString());
        assertEquals(List.of("b.txt"), List.copyOf(GraphSources.of(store, SeedCorpus.documentGraphs(store).get(0))));

        // a.txt changes; b.txt, unchanged, held the paper's graph that a.txt now replaces in the
        // same batch: b.txt is loaded again after it, as it would be one transaction at a time
        Files.writeString(in.resolve("a.txt"), Files.readString(seed) + "\n\n");
        LoadReport again = Loading.run(Publishers.standard(SeedCorpus.BASE, null), store, List.of(in), true);
        assertEquals(2, again.count(FileOutcome.Status.LOADED), again.summary());
        assertEquals(List.of("b.txt"), List.copyOf(GraphSources.of(store, SeedCorpus.documentGraphs(store).get(0))));
    }
}
