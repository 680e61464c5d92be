package org.litlod.cmd;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.apache.jena.query.QueryParseException;
import picocli.CommandLine.ParameterException;

/**
 * Turns an exception into the one-line message a user sees: it starts with an error id and
 * names no Java class.
 *
 * <p>Ids given here: {@value #USAGE} a command line picocli cannot parse (its message follows);
 * {@value #QUERY} a query that does not parse; {@value #UNEXPECTED} anything else without an id
 * (a defect of litlod: please report it). {@code LITLOD-INPUT-001} and {@code -003} are the ids
 * of {@link org.litlod.publish.InputFiles} for a file that is missing or cannot be read.
 */
final class Messages {
    static final String USAGE = "LITLOD-CLI-001";
    static final String QUERY = "LITLOD-QUERY-002";
    static final String UNEXPECTED = "LITLOD-CLI-099";

    private Messages() {
    }

    /** The message of an error raised while a command ran. */
    static String of(Throwable ex) {
        String m = ex.getMessage() == null ? "" : ex.getMessage().strip();
        if (m.startsWith("LITLOD-")) {
            return m;
        }
        if (ex instanceof NoSuchFileException f) {
            return "LITLOD-INPUT-001 " + f.getFile() + ": no such file or directory";
        }
        if (ex instanceof AccessDeniedException f) {
            return "LITLOD-INPUT-003 " + f.getFile() + ": permission denied";
        }
        if (ex instanceof NotDirectoryException f) {
            return "LITLOD-INPUT-003 " + f.getFile() + ": not a folder";
        }
        if (ex instanceof FileAlreadyExistsException f) {
            return "LITLOD-INPUT-003 " + f.getFile() + ": exists already";
        }
        if (ex instanceof FileSystemException f) {
            return "LITLOD-INPUT-003 " + f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "cannot use it");
        }
        if (ex instanceof QueryParseException) {
            return QUERY + " the query does not parse: " + m;
        }
        return UNEXPECTED + " " + (m.isEmpty() ? "unexpected error" : m);
    }

    /** The message of a command line that cannot be run as given. */
    static String ofUsage(ParameterException ex) {
        String m = ex.getMessage() == null ? "" : ex.getMessage().strip();
        return m.startsWith("LITLOD-") ? m : USAGE + " " + m;
    }
}
