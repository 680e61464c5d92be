package org.litlod.cmd;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the TDB2 store. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data",
            description = "TDB2 database directory (default: ${DEFAULT-VALUE}).")
    Path db;
}
