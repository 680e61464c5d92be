package org.litlod.cmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.publish.LoadReport;
import org.litlod.publish.Loading;
import org.litlod.publish.Publishers;
import org.litlod.publish.SeedCorpus;
import org.litlod.publish.StoreBases;
import org.litlod.server.ServerOptions;
import org.litlod.store.PaperStore;
import org.litlod.store.StoreBase;

/** {@code serve} answers for the base the store was loaded under, on any port, and refuses a contradicting one. */
class ServingTest {
    private static final Path SEED = SeedCorpus.SEEDS.resolve("002_ded442ce58b4f461.txt");

    @Test
    void aStoreLoadedForPort3030IsServedUnderItsBaseOnAnotherPort(@TempDir Path dir) throws Exception {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        LoadReport r = Loading.run(Publishers.standard("http://localhost:3030/", null), store, List.of(SEED), false);
        assertTrue(r.ok(), r.toString());
        assertEquals("http://localhost:3030/", StoreBase.read(store.location()).orElseThrow());

        // serve --port P without --base: the store's base, not http://localhost:P/
        String base = StoreBases.choose(store, null, "http://localhost:8088/");
        assertEquals("http://localhost:3030/", base);
        String paper = r.files().get(0).graphs().get(0).replace("/graph/", "/paper/");
        try (var s = Serving.start(Publishers.standard(base, null), store, null,
                ServerOptions.defaults().withPort(0).withLoopbackOnly(true)).server()) {
            String path = paper.substring(base.length() - 1);
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(s.baseUrl() + "page" + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Crizotinib"), "the paper's own page, with its title");
            assertFalse(page.body().contains("/entity/page?iri=" + java.net.URLEncoder.encode(paper, "UTF-8")),
                    "the paper is not shown as an external entity");
        }
    }

    @Test
    void aBaseThatContradictsTheStoresIsRefusedBeforeServing(@TempDir Path dir) throws Exception {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        Loading.run(Publishers.standard("http://localhost:3030/", null), store, List.of(SEED), false);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Serving.start(
                Publishers.standard("http://localhost:9999/", null), store, null,
                ServerOptions.defaults().withPort(0).withLoopbackOnly(true)));
        assertTrue(e.getMessage().startsWith(StoreBases.CONFLICT), e.getMessage());
    }
}
