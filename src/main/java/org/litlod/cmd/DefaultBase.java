package org.litlod.cmd;

/** The IRI base used when none is given: the server's own address on its default port. */
final class DefaultBase {
    static final int PORT = 3030;
    static final String IRI = "http://localhost:3030/";

    private DefaultBase() {
    }

    /** The base for a server on {@code port} (for {@link #PORT}, {@link #IRI}). */
    static String forPort(int port) {
        return "http://localhost:" + port + "/";
    }
}
