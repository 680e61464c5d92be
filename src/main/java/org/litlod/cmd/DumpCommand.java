package org.litlod.cmd;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.litlod.store.DatasetDump;
import org.litlod.store.DumpFormat;
import org.litlod.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code litlod dump}: writes the whole dataset to a file or standard output, streamed. Refuses
 * ({@value #BINARY_TO_TERMINAL}) to write gzip to a terminal.
 */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Dump the whole dataset: N-Quads (gzip), TriG, Turtle (union graph) or JSON-LD.")
final class DumpCommand implements Callable<Integer> {
    static final String BINARY_TO_TERMINAL = "LITLOD-DUMP-002";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "nq.gz",
            description = "Format: nq.gz, trig, ttl or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: standard output).")
    Path out;

    private final BooleanSupplier outputIsTerminal;

    DumpCommand() {
        this(Terminal::standardOutput);
    }

    /** A dump command that asks {@code outputIsTerminal} whether standard output is a terminal. */
    DumpCommand(BooleanSupplier outputIsTerminal) {
        this.outputIsTerminal = outputIsTerminal;
    }

    @Override
    public Integer call() throws Exception {
        DumpFormat f = DumpFormat.named(format)
                .orElseThrow(() -> UnknownValue.of(spec, "--format", format, DumpFormat.names()));
        if (out == null && f == DumpFormat.NQUADS_GZ && outputIsTerminal.getAsBoolean()) {
            throw new ParameterException(spec.commandLine(), BINARY_TO_TERMINAL + " not writing gzip-compressed "
                    + "data to a terminal: give --out FILE, pipe the output (| gunzip | less), or choose a text "
                    + "--format (trig, ttl, jsonld)");
        }
        PaperStore s = PaperStore.openExisting(store.db);
        if (out == null) {
            DatasetDump.write(s, f, System.out);
            System.out.flush();
        } else {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
                DatasetDump.write(s, f, o);
            }
        }
        return 0;
    }
}
