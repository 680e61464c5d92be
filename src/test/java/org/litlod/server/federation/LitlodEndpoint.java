package org.litlod.server.federation;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.tdb2.TDB2;
import org.litlod.publish.SeedCorpus;
import org.litlod.server.PaperServer;
import org.litlod.store.PaperStore;

/**
 * litlod's SPARQL endpoint over the seeds, on loopback: the store's dataset, read-only, union
 * default graph, at {@code /papers/sparql} as in the real server, with a {@link ServicePolicy}
 * installed the way {@code PaperServer} installs it.
 */
final class LitlodEndpoint implements AutoCloseable {
    /** The address litlod's examples are written against (the default of {@code serve}). */
    static final String REAL_ENDPOINT = "http://localhost:3030/papers/sparql";

    private final FusekiServer server;

    private LitlodEndpoint(FusekiServer server) {
        this.server = server;
    }

    /** Loads the seeds into {@code dir} and serves them under {@code policy}. */
    static LitlodEndpoint start(Path dir, ServicePolicy policy) throws IOException {
        PaperStore store = SeedCorpus.load(dir);
        return serve(store, policy);
    }

    /** Serves {@code store} under {@code policy}. */
    static LitlodEndpoint serve(PaperStore store, ServicePolicy policy) {
        store.datasetGraph().getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create()
                .add("/" + PaperServer.DATASET, store.datasetGraph(), false)
                .port(0)
                .loopback(true)
                .build();
        policy.install(server);
        server.start();
        return new LitlodEndpoint(server);
    }

    /** The SPARQL endpoint on loopback. */
    String endpoint() {
        return "http://localhost:" + server.getHttpPort() + "/" + PaperServer.DATASET + "/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
