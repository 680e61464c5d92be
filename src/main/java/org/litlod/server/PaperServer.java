package org.litlod.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.litlod.server.ld.IriSpace;
import org.litlod.server.ld.LinkedData;
import org.litlod.store.PaperStore;

/**
 * litlod's running server: embedded Fuseki with the {@code /papers} dataset from the
 * configuration file over a {@link PaperStore}, plus the linked-data layer of
 * {@link LinkedData} (dereferenceable IRIs, pages, VoID, dumps).
 */
public final class PaperServer implements AutoCloseable {
    /** Name of the dataset in URLs. */
    public static final String DATASET = "papers";
    private final FusekiServer fuseki;

    private PaperServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /**
     * Starts a server over the store on {@code port} (0 for an ephemeral port), with IRIs minted
     * under {@link IriSpace#DEFAULT_BASE}.
     *
     * @param loopbackOnly listen on the loopback interface only
     */
    public static PaperServer start(PaperStore store, int port, boolean loopbackOnly) {
        return start(store, port, loopbackOnly, IriSpace.DEFAULT_BASE);
    }

    /**
     * Starts a server over the store on {@code port} (0 for an ephemeral port) that answers for
     * the IRIs minted under {@code baseIri}: a request for {@code /paper/x} names
     * {@code {baseIri}paper/x}.
     *
     * @param loopbackOnly listen on the loopback interface only
     * @param baseIri      the base IRI the data was minted with (a missing trailing "/" is added)
     */
    public static PaperServer start(PaperStore store, int port, boolean loopbackOnly, String baseIri) {
        FusekiServer.Builder builder = FusekiServer.create()
                .parseConfig(ServerConfig.forStore(store.location()))
                .port(port)
                .loopback(loopbackOnly)
                .enableCors(true, null);
        LinkedData.install(builder, store, new IriSpace(baseIri),
                "/" + DATASET + "/sparql", "/" + DATASET + "/query");
        FusekiServer server = builder.build();
        server.start();
        return new PaperServer(server);
    }

    /** The port the server listens on. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The SPARQL query endpoint on loopback. */
    public String sparqlEndpoint() {
        return "http://localhost:" + port() + "/" + DATASET + "/sparql";
    }

    /** The root URL of the server on loopback ("http://localhost:PORT/"). */
    public String baseUrl() {
        return "http://localhost:" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
