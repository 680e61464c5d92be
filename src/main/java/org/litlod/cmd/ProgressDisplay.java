package org.litlod.cmd;

import java.io.PrintStream;
import java.time.Duration;
import org.litlod.publish.BulkLoad;
import org.litlod.publish.BulkLoadProgress;
import org.litlod.publish.Publisher;
import org.litlod.store.BulkStore;

/**
 * How a bulk load shows its progress: on a terminal, one bar redrawn in place every second; when
 * the output goes to a file or a pipe, one log line every ten seconds.
 */
final class ProgressDisplay {
    private static final int BAR_WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;

    ProgressDisplay(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Progress on standard error, as a bar when the process has a terminal. */
    static ProgressDisplay forStandardError() {
        return new ProgressDisplay(System.err, Terminal.standardError());
    }

    /** A bulk load on all cores with {@code loader} for an empty store, showing its progress here. */
    BulkLoad bulkLoad(Publisher publisher, BulkStore.Loader loader) {
        return new BulkLoad(publisher, Runtime.getRuntime().availableProcessors(), loader,
                Duration.ofSeconds(terminal ? 1 : 10), this::show, this::notice);
    }

    void show(BulkLoadProgress p) {
        if (terminal) {
            out.print("\r" + p.bar(BAR_WIDTH) + "\u001b[K");
            if (p.phase() == BulkLoadProgress.Phase.DONE) {
                out.println();
            }
        } else {
            out.println("litlod: " + p.line());
        }
        out.flush();
    }

    void notice(String message) {
        out.println((terminal ? "\r\u001b[K" : "") + "litlod: " + message);
    }
}
