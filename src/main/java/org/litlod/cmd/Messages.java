package org.litlod.cmd;

/** Turns an exception into the one-line message a user sees. */
final class Messages {
    private Messages() {
    }

    static String of(Throwable ex) {
        String m = ex.getMessage();
        if (m == null || m.isBlank()) {
            m = ex.getClass().getSimpleName();
        }
        return m.strip();
    }
}
