package org.litlod.server.federation;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;

/**
 * One stand-in for a remote SPARQL endpoint: an embedded Fuseki on loopback (ephemeral port)
 * serving, read-only, a small dataset from {@code src/test/resources/federation/}, behind a
 * {@link RequestRecorder}. It executes SERVICE with ARQ's defaults (no litlod policy): it is
 * "another engine".
 */
final class StandIn implements AutoCloseable {
    private final String name;
    private final String realEndpoint;
    private final FusekiServer server;
    private final RequestRecorder recorder = new RequestRecorder();

    private StandIn(String name, String realEndpoint, Dataset data) {
        this.name = name;
        this.realEndpoint = realEndpoint;
        this.server = FusekiServer.create()
                .port(0)
                .loopback(true)
                .add("/" + name, data, false)
                .addFilter("/*", recorder)
                .build();
        this.server.getDataAccessPointRegistry().get("/" + name).getDataService()
                .getDataset().getContext().set(ARQ.httpServiceAllowed, true);
        this.server.start();
    }

    /** Starts a stand-in named {@code name} for {@code realEndpoint}, loading {@code resource}. */
    static StandIn start(String name, String realEndpoint, String resource) {
        Dataset data = DatasetFactory.create();
        if (resource != null) {
            RDFDataMgr.read(data, "federation/" + resource);
        }
        return new StandIn(name, realEndpoint, data);
    }

    /** Short name ("mesh", "uniprot", …). */
    String name() {
        return name;
    }

    /** The public endpoint this stands in for. */
    String realEndpoint() {
        return realEndpoint;
    }

    /** The stand-in's SPARQL endpoint on loopback. */
    String endpoint() {
        return "http://localhost:" + server.getHttpPort() + "/" + name + "/sparql";
    }

    RequestRecorder recorder() {
        return recorder;
    }

    @Override
    public void close() {
        recorder.release();
        server.stop();
    }
}
