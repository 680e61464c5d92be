package org.litlod.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.file.AlreadyLocked;

/**
 * Another process holds the store ({@code LITLOD-STORE-003}): TDB2 lets one process open a
 * database at a time, and a running {@code litlod serve} or Fuseki keeps it open. The message
 * names the process when the lock file tells it (TDB2 writes the holder's PID in
 * {@code tdb.lock}) and says what to do.
 */
public class StoreInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The error id. */
    public static final String ID = "LITLOD-STORE-003";
    /** The lock file TDB2 keeps in a database folder. */
    static final String LOCK_FILE = "tdb.lock";
    private static final int COMMAND_SHOWN = 160;

    StoreInUseException(Path dir, Throwable cause) {
        super(ID + " " + dir + ": the store is in use by another process" + holder(dir)
                + ". A running litlod or Fuseki server keeps its store to itself: stop it, or query it over "
                + "HTTP (its SPARQL endpoint, e.g. http://localhost:3030/papers/sparql)", cause);
    }

    /**
     * Runs {@code open} (a connection to the TDB2 database in {@code dir}), turning TDB2's lock
     * failure into this exception.
     */
    public static <T> T translating(Path dir, Supplier<T> open) {
        try {
            return open.get();
        } catch (RuntimeException e) {
            if (isLockFailure(e)) {
                throw new StoreInUseException(dir, e);
            }
            throw e;
        }
    }

    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlreadyLocked || String.valueOf(t.getMessage()).startsWith("Failed to get a lock")) {
                return true;
            }
        }
        return false;
    }

    /** " (PID 123: java -jar litlod.jar serve …)", or less when the lock file or the process tells less. */
    private static String holder(Path dir) {
        Optional<Long> pid = pid(dir.resolve(LOCK_FILE));
        if (pid.isEmpty()) {
            return "";
        }
        Optional<String> command = ProcessHandle.of(pid.get()).flatMap(p -> p.info().commandLine())
                .map(c -> c.length() <= COMMAND_SHOWN ? c : c.substring(0, COMMAND_SHOWN) + "...");
        return " (PID " + pid.get() + command.map(c -> ": " + c).orElse("") + ")";
    }

    private static Optional<Long> pid(Path lockFile) {
        try {
            String text = Files.readString(lockFile, StandardCharsets.US_ASCII).strip();
            return text.matches("\\d{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
