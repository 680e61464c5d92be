package org.litlod.cmd;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.litlod.publish.Serving;
import org.litlod.publish.StoreBases;
import org.litlod.server.ServerOptions;
import org.litlod.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code litlod serve}: loads the seed folder if needed and serves the SPARQL endpoint. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Load the documents of --seeds that the store lacks or that changed, then "
                + "serve the store over HTTP (SPARQL endpoint at /papers/sparql).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of documents to load before serving (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Mixin
    ServerLimitOptions limits;

    @Override
    public Integer call() throws Exception {
        ServerOptions options = limits.apply(ServerOptions.defaults().withPort(port).withLoopbackOnly(localhost));
        PaperStore db = PaperStore.open(store.db);
        Serving.Started s = Serving.start(pipeline.publisher(StoreBases.choose(db, pipeline.base, DefaultBase.forPort(port))),
                db, seeds, options);
        s.load().files().forEach(f -> {
            f.errors().forEach(e -> System.err.println("litlod: " + e));
            f.warnings().forEach(w -> System.err.println("litlod: warning: " + w));
        });
        System.err.println("litlod: SPARQL endpoint " + s.server().sparqlEndpoint());
        s.server().join();
        return s.load().ok() ? 0 : 1;
    }
}
