package org.litlod.store;

import java.time.Instant;

/**
 * The version of the data a store holds: a short digest that changes whenever the named graphs
 * change, and the time this version was first seen. HTTP caching headers (ETag,
 * Last-Modified) and the dataset description are tied to it.
 *
 * @param tag      hexadecimal digest of the graph names, quad count and provenance values
 * @param modified when this version was first observed (to the second)
 */
public record DataVersion(String tag, Instant modified) {
    /** The tag as a strong HTTP entity tag, quotes included. */
    public String etag() {
        return "\"" + tag + "\"";
    }
}
