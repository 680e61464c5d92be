package org.litlod.cmd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.litlod.publish.LoadReport;
import org.litlod.publish.Loading;
import org.litlod.publish.Publisher;
import org.litlod.publish.StoreBases;
import org.litlod.server.PaperServer;
import org.litlod.server.ServerOptions;
import org.litlod.store.PaperStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve}: brings the store up to date with a folder of documents (loading only what is
 * new or changed), then starts the server over it. The port is tried first ({@link ServerPort}):
 * one that cannot be opened fails before anything is loaded. It wires the pipeline ({@code publish})
 * to the server ({@code server}), which is why it lives with the commands: the library's
 * packages do not know each other this way round.
 */
final class Serving {
    private static final Logger LOG = LoggerFactory.getLogger(Serving.class);

    /** A running server and the report of the load that preceded it. */
    record Started(PaperServer server, LoadReport load) {
    }

    private Serving() {
    }

    /**
     * Loads {@code seeds} (if it exists) into the store, skipping unchanged files, and starts
     * the server on {@code port} (0 for an ephemeral port) with the default limits.
     */
    static Started start(Publisher publisher, PaperStore store, Path seeds, int port, boolean loopbackOnly)
            throws IOException {
        return start(publisher, store, seeds, ServerOptions.defaults().withPort(port).withLoopbackOnly(loopbackOnly));
    }

    /**
     * Loads {@code seeds} (if it exists) into the store, skipping unchanged files, and starts
     * the server with {@code options}, answering for the IRIs the publisher mints.
     *
     * @throws IllegalArgumentException {@value StoreBases#CONFLICT} when the store's IRIs were minted under
     *                                  another base than the publisher's ({@link StoreBases#choose} picks one that agrees)
     */
    static Started start(Publisher publisher, PaperStore store, Path seeds, ServerOptions options)
            throws IOException {
        ServerPort.ensureFree(options.port(), options.loopbackOnly());
        StoreBases.check(store, publisher.base());
        LoadReport report = new LoadReport(List.of());
        if (seeds != null && Files.isDirectory(seeds)) {
            report = Loading.run(publisher, store, List.of(seeds), true);
            LOG.info("{}: {}", seeds, report.summary());
        } else if (seeds != null) {
            LOG.warn("{}: no such folder; serving the store as it is", seeds);
        }
        try {
            return new Started(PaperServer.start(store, options.withBaseIri(publisher.base())), report);
        } catch (RuntimeException e) {
            if (ServerPort.isBindFailure(e)) {
                throw ServerPort.unavailable(options.port(), e);
            }
            throw e;
        }
    }
}
