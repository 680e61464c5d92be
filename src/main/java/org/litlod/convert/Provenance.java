package org.litlod.convert;

import java.time.Clock;
import org.litlod.model.SourceInfo;

/** Builds the {@link SourceInfo} a converter records for each document it reads. */
public final class Provenance {
    private Provenance() {
    }

    /** Where the input came from, which converter read it and when (by the given clock). */
    public static SourceInfo of(SourceText input, DocumentConverter converter, Clock clock) {
        return new SourceInfo(input.published(), input.sha256(), converter.format().name(),
                converter.getClass().getName(), converter.version(), clock.instant());
    }
}
