package org.litlod.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * {@code --db} names something that is not a store and must not become one
 * ({@code LITLOD-STORE-004}): a file, or a folder holding other files than a TDB2 database.
 * Nothing there is changed: a store is created only in a new or empty folder.
 */
public class ForeignFolderException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The error id. */
    public static final String ID = "LITLOD-STORE-004";

    private ForeignFolderException(Path dir, String what) {
        super(ID + " " + dir + ": " + what + ", not a litlod store; give --db a new or empty folder, "
                + "or the folder of an existing store");
    }

    /**
     * Checks that a store may be opened or created in {@code dir}: it does not exist, is an
     * empty folder, or holds a TDB2 database.
     *
     * @throws ForeignFolderException otherwise
     */
    public static void check(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ForeignFolderException(dir, "is a file");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir) && !StoreCreation.holdsDatabase(dir)) {
            throw new ForeignFolderException(dir, "is a folder of other files");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
