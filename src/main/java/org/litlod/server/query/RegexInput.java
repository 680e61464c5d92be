package org.litlod.server.query;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.function.FunctionEnv;

/** The text a regular expression runs over during a query: cancellable when the query is. */
final class RegexInput {
    private RegexInput() {
    }

    /** {@code text}, checking the cancel signal of the query that {@code env} evaluates. */
    static CharSequence of(String text, FunctionEnv env) {
        AtomicBoolean signal = env instanceof ExecutionContext cxt ? cxt.getCancelSignal() : null;
        return signal == null ? text : new CancellableText(text, signal);
    }
}
