package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.store.PaperStore;
import org.litlod.store.StoreBase;

/** A store keeps the base it was loaded under, and refuses a contradicting one (serving under it: cmd.ServingTest). */
class StoreBaseTest {
    private static final Path SEED = SeedCorpus.SEEDS.resolve("002_ded442ce58b4f461.txt");

    @Test
    void aBaseThatContradictsTheStoresIsRefusedWithTheFix(@TempDir Path dir) throws Exception {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        Loading.run(Publishers.standard("http://localhost:3030/", null), store, List.of(SEED), false);
        List<String> graphs = store.graphs();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StoreBases.choose(store, "https://lit.example.org/", "http://localhost:3030/"));
        assertTrue(e.getMessage().startsWith(StoreBases.CONFLICT), e.getMessage());
        assertTrue(e.getMessage().contains("Leave out --base"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Loading.run(
                Publishers.standard("https://lit.example.org/", null), store, List.of(SEED), false));
        assertEquals(graphs, store.graphs(), "nothing minted under the other base was stored");
        assertThrows(IllegalArgumentException.class, () -> StoreBases.check(store, "http://localhost:9999/"));
    }

    @Test
    void aStoreLoadedBeforeTheBaseWasRecordedHasItReadOffItsGraphNames(@TempDir Path dir) throws Exception {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        Loading.run(Publishers.standard("https://lit.example.org/pubs/", null), store, List.of(SEED), false);
        Files.delete(store.location().resolve(StoreBase.FILE));

        assertEquals("https://lit.example.org/pubs/", StoreBases.choose(store, null, "http://localhost:3030/"));
        assertThrows(IllegalArgumentException.class,
                () -> StoreBases.choose(store, "http://localhost:3030/", "http://localhost:3030/"));
    }
}
