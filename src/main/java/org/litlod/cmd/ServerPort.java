package org.litlod.cmd;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * The port a server is to listen on, tried before anything is loaded, so that a port another
 * program holds fails at once ({@value #IN_USE}, or {@value #DENIED} for a port the user may not
 * open) instead of after the load.
 */
final class ServerPort {
    /** The port is held by another program. */
    public static final String IN_USE = "LITLOD-SERVE-002";
    /** The system does not let this user open the port. */
    public static final String DENIED = "LITLOD-SERVE-003";

    private ServerPort() {
    }

    /**
     * Opens and closes a listening socket on {@code port} as the server will (all interfaces, or
     * loopback only); does nothing for port 0 (the system picks a free one).
     *
     * @throws PortUnavailableException when the port cannot be opened
     */
    static void ensureFree(int port, boolean loopbackOnly) {
        if (port == 0) {
            return;
        }
        InetSocketAddress address = loopbackOnly ? new InetSocketAddress(InetAddress.getLoopbackAddress(), port)
                : new InetSocketAddress(port);
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(address);
        } catch (IOException e) {
            throw unavailable(port, e);
        }
    }

    /** The error for a port the server could not open because of {@code cause}. */
    static PortUnavailableException unavailable(int port, Throwable cause) {
        String m = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("permission denied") || m.contains("access denied")) {
            return new PortUnavailableException(DENIED + " port " + port + ": permission denied (ports below 1024 "
                    + "usually need administrator rights); choose another --port", cause);
        }
        return new PortUnavailableException(IN_USE + " port " + port + " is in use by another program "
                + "(another litlod serve or Fuseki?): stop it, or choose another --port", cause);
    }

    /** Whether {@code e} or one of its causes is a failure to open a listening socket. */
    static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || String.valueOf(t.getMessage()).startsWith("Failed to bind")) {
                return true;
            }
        }
        return false;
    }

    /** A server port that could not be opened. */
    public static final class PortUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
