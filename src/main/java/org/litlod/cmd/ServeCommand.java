package org.litlod.cmd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.litlod.publish.StoreBases;
import org.litlod.server.ServerOptions;
import org.litlod.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code litlod serve}: loads the seed folder if needed and serves the SPARQL endpoint. A port
 * out of range is refused ({@value #PORT_OUT_OF_RANGE}), and one that cannot be opened fails
 * before anything is loaded. The store is created only when there is a seed folder to load.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Load the documents of --seeds that the store lacks or that changed, then "
                + "serve the store over HTTP (SPARQL endpoint at /papers/sparql).")
final class ServeCommand implements Callable<Integer> {
    static final String PORT_OUT_OF_RANGE = "LITLOD-SERVE-001";
    private static final int MAX_PORT = 65535;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base IRI under which documents and entities are minted and answered for; the address "
                    + "users reach the server at (default: the base the store was loaded with, for a new store "
                    + "http://localhost:PORT/). A base that contradicts the store's is refused (LITLOD-BASE-001).")
    String base;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of documents to load before serving (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--localhost",
            description = "Listen on the loopback interface only (default: all interfaces).")
    boolean localhost;

    @Mixin
    ServerLimitOptions limits;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > MAX_PORT) {
            throw new ParameterException(spec.commandLine(), PORT_OUT_OF_RANGE + " --port " + port
                    + ": out of range (0 to " + MAX_PORT + "; 0 lets the system pick a free port)");
        }
        ServerOptions options = limits.apply(ServerOptions.defaults().withPort(port).withLoopbackOnly(localhost));
        ServerPort.ensureFree(port, localhost);
        PaperStore db = Files.isDirectory(seeds) ? PaperStore.open(store.db) : PaperStore.openExisting(store.db);
        Serving.Started started = Serving.start(
                pipeline.publisher(StoreBases.choose(db, base, DefaultBase.forPort(port))), db, seeds, options);
        started.load().files().forEach(f -> {
            f.errors().forEach(e -> System.err.println("litlod: " + e));
            f.warnings().forEach(w -> System.err.println("litlod: warning: " + w));
        });
        System.err.println("litlod: SPARQL endpoint " + started.server().sparqlEndpoint());
        started.server().join();
        return started.load().ok() ? 0 : 1;
    }
}
