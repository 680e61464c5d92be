package org.litlod.store;

import java.time.Instant;

/**
 * The version of the data a store holds: a short digest that changes whenever the named graphs
 * change, and the time this version was first seen. HTTP caching headers (ETag,
 * Last-Modified) and the dataset description are tied to it.
 *
 * @param tag      hexadecimal digest of the quad count and an order-independent hash of the quads
 * @param modified when this content was first seen (to the second); kept across restarts
 */
public record DataVersion(String tag, Instant modified) {
    /** The tag as a strong HTTP entity tag, quotes included. */
    public String etag() {
        return "\"" + tag + "\"";
    }
}
