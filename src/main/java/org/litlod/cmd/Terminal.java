package org.litlod.cmd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard output or standard error is a terminal, so that progress bars, cursor codes
 * and binary data go only where they belong. {@link System#console()} on Java 17 says only that
 * standard input and output are terminals; on Linux, where the standard streams lead is read
 * from {@code /proc/self/fd}, so that a stream redirected to a file or a pipe counts as none.
 */
final class Terminal {
    private Terminal() {
    }

    /** Whether standard output is a terminal. */
    static boolean standardOutput() {
        return System.console() != null && device(1);
    }

    /** Whether standard error is a terminal. */
    static boolean standardError() {
        return System.console() != null && device(2);
    }

    /** Whether file descriptor {@code fd} leads to a terminal; true where the system does not tell. */
    private static boolean device(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (!Files.isSymbolicLink(link)) {
            return true;
        }
        try {
            return isTerminalDevice(Files.readSymbolicLink(link).toString());
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    /** Whether {@code target}, where a file descriptor leads, is a terminal device. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
