package org.litlod.cmd;

import java.nio.file.Path;
import java.time.Duration;
import org.litlod.server.ServerOptions;
import org.litlod.server.UpdateAccess;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The limits and the optional authenticated update endpoint of {@code serve}. */
final class ServerLimitOptions {
    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Cancel queries running longer (default: ${DEFAULT-VALUE}).")
    long queryTimeout;

    @Option(names = "--result-limit", paramLabel = "ROWS", defaultValue = "10000",
            description = "Most rows a query returns (default: ${DEFAULT-VALUE}).")
    long resultLimit;

    @Option(names = "--triple-limit", paramLabel = "TRIPLES", defaultValue = "50000",
            description = "Most triples a CONSTRUCT or DESCRIBE returns (default: ${DEFAULT-VALUE}).")
    long tripleLimit;

    @Option(names = "--max-query-length", paramLabel = "CHARS", defaultValue = "100000",
            description = "Longest query accepted (default: ${DEFAULT-VALUE}).")
    int maxQueryLength;

    @Option(names = "--max-request-bytes", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @ArgGroup(exclusive = false)
    Updates updates;

    /** {@code --enable-updates} with the account that may use it. */
    static final class Updates {
        @Option(names = "--enable-updates", required = true,
                description = "Open /papers/update and /papers/data (Graph Store writes), behind HTTP Basic authentication.")
        boolean enabled;

        @Option(names = "--update-user", paramLabel = "NAME", defaultValue = "litlod",
                description = "User name for updates (default: ${DEFAULT-VALUE}).")
        String user;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Password password;
    }

    /** Where the update password comes from: a file or an environment variable, never the command line. */
    static final class Password {
        @Option(names = "--update-password-file", paramLabel = "FILE", description = "File holding the password.")
        Path file;

        @Option(names = "--update-password-env", paramLabel = "VAR", description = "Environment variable holding the password.")
        String variable;
    }

    ServerOptions apply(ServerOptions o) {
        ServerOptions out = o.withQueryTimeout(Duration.ofSeconds(queryTimeout)).withResultLimit(resultLimit)
                .withTripleLimit(tripleLimit)
                .withMaxQueryLength(maxQueryLength).withMaxRequestBytes(maxRequestBytes);
        if (updates != null && updates.enabled) {
            UpdateAccess access = updates.password.file != null
                    ? UpdateAccess.fromFile(updates.user, updates.password.file)
                    : UpdateAccess.fromEnvironment(updates.user, updates.password.variable, System.getenv());
            out = out.withUpdates(access);
        }
        return out;
    }
}
