package org.litlod.server.query;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string as a {@link CharSequence} that throws {@link QueryCancelledException} once the
 * query's cancel signal is set. {@code java.util.regex} reads its input through
 * {@link #charAt(int)} at every step, so a backtracking match (such as {@code (.*a){15}$} on
 * forty characters, which would run for hours) stops within microseconds of the query's
 * timeout instead of holding a core after the client has been answered.
 */
final class CancellableText implements CharSequence {
    private final String text;
    private final AtomicBoolean cancelled;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (cancelled.get()) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
