package org.litlod.store;

/** A write to the store failed; the transaction was aborted and the store is unchanged. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super("LITLOD-STORE-001 " + message, cause);
    }
}
