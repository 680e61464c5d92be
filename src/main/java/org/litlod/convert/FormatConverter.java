package org.litlod.convert;

import java.time.Clock;
import java.util.Objects;

/**
 * What every format's converter holds: the format it reads, and the clock that stamps the
 * conversion time into each document's provenance (fixed in golden tests).
 */
public abstract class FormatConverter implements DocumentConverter {
    private final Format format;
    /** The clock that stamps conversion times. */
    protected final Clock clock;

    protected FormatConverter(Format format, Clock clock) {
        this.format = Objects.requireNonNull(format);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public final Format format() {
        return format;
    }
}
