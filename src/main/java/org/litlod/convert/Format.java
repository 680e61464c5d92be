package org.litlod.convert;

import java.util.Objects;

/**
 * An input format: a short stable name (used on the command line and in provenance), a
 * human-readable label and the media type if it has one.
 */
public record Format(String name, String label, String mediaType) {
    public Format {
        Objects.requireNonNull(name);
        Objects.requireNonNull(label);
    }

    @Override
    public String toString() {
        return name;
    }
}
