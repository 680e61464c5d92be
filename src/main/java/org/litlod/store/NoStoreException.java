package org.litlod.store;

import java.nio.file.Path;

/**
 * A reading command was pointed at a folder that holds no store ({@code LITLOD-STORE-002}):
 * most often a mistyped {@code --db}. Nothing was created there.
 */
public class NoStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The error id. */
    public static final String ID = "LITLOD-STORE-002";

    public NoStoreException(Path dir) {
        super(ID + " " + dir + ": no litlod store there (a TDB2 database folder); check --db, "
                + "or create one with 'litlod load --db " + dir + " FILE...'");
    }
}
