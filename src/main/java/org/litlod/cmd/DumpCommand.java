package org.litlod.cmd;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.litlod.store.DatasetDump;
import org.litlod.store.DumpFormat;
import org.litlod.store.PaperStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code litlod dump}: writes the whole dataset to a file or standard output, streamed. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Dump the whole dataset: N-Quads (gzip), TriG, Turtle (union graph) or JSON-LD.")
final class DumpCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "nq.gz",
            description = "nq.gz, trig, ttl or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: standard output).")
    Path out;

    @Override
    public Integer call() throws Exception {
        DumpFormat f = DumpFormat.named(format)
                .orElseThrow(() -> new IllegalArgumentException("LITLOD-DUMP-001 unknown dump format '" + format
                        + "' (use nq.gz, trig, ttl or jsonld)"));
        PaperStore s = PaperStore.open(store.db);
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
