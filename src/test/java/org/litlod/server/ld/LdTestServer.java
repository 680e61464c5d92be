package org.litlod.server.ld;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.litlod.server.PaperServer;
import org.litlod.store.PaperStore;

/** A real TDB2 store filled with {@code server/ld/sample.trig} and a real server over it on port 0. */
final class LdTestServer implements AutoCloseable {
    static final String BASE = "https://litlod.example.org/";
    static final String PAPER_A = BASE + "paper/doi/10.1038~s41375-025-02729-w";
    static final String PAPER_B = BASE + "paper/pmid/22277784";
    static final String GRAPH_A = BASE + "graph/doi/10.1038~s41375-025-02729-w";
    static final String CRIZOTINIB = "http://rdf.ncbi.nlm.nih.gov/pubchem/compound/CID11597571";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final PaperStore store;
    final PaperServer server;
    final DatasetGraph fixture;

    LdTestServer(Path dir) {
        store = PaperStore.open(dir.resolve("db"));
        fixture = sample();
        fixture.listGraphNodes().forEachRemaining(g -> store.replace(g.getURI(), fixture.getGraph(g), List.of()));
        server = PaperServer.start(store, 0, true, BASE);
    }

    static DatasetGraph sample() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = LdTestServer.class.getResourceAsStream("/server/ld/sample.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return dsg;
    }

    /** The number of distinct triples in the union of the fixture's graphs. */
    long unionTriples() {
        return fixture.getUnionGraph().size();
    }

    long quads() {
        long n = 0;
        for (var it = fixture.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    /** The root-relative path of a minted IRI. */
    static String path(String iri) {
        return "/" + iri.substring(BASE.length());
    }

    HttpResponse<String> get(String path, String accept, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpClient client() {
        return HTTP;
    }

    HttpResponse<byte[]> bytes(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        server.close();
    }
}
