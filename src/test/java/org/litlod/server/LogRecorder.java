package org.litlod.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/** Records the messages one logger writes while a test runs; close to stop. */
final class LogRecorder extends AbstractAppender implements AutoCloseable {
    private final Logger logger;
    private final List<String> messages = new CopyOnWriteArrayList<>();

    private LogRecorder(Logger logger) {
        super("recorder-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
        this.logger = logger;
    }

    /** Starts recording what the logger of {@code type} writes. */
    static LogRecorder of(Class<?> type) {
        LogRecorder r = new LogRecorder((Logger) LogManager.getLogger(type));
        r.start();
        r.logger.addAppender(r);
        return r;
    }

    @Override
    public void append(LogEvent event) {
        messages.add(event.getMessage().getFormattedMessage());
    }

    List<String> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        logger.removeAppender(this);
        stop();
    }
}
