package org.litlod.server.federation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the endpoint IRIs of a query written against the real endpoints to the stand-ins on
 * loopback: every {@code <real-url>} becomes {@code <loopback-url>}. Only whole IRIs in angle
 * brackets are replaced, so the rest of the query is untouched.
 */
final class EndpointMap {
    private final Map<String, String> realToLocal;

    EndpointMap(Map<String, String> realToLocal) {
        this.realToLocal = Map.copyOf(realToLocal);
    }

    /** A copy that also maps {@code real} to {@code local}. */
    EndpointMap with(String real, String local) {
        Map<String, String> m = new LinkedHashMap<>(realToLocal);
        m.put(real, local);
        return new EndpointMap(m);
    }

    /** The loopback URL for {@code real}, or {@code real} itself when it is not mapped. */
    String local(String real) {
        return realToLocal.getOrDefault(real, real);
    }

    /** The loopback URLs. */
    List<String> locals() {
        return List.copyOf(realToLocal.values());
    }

    /** {@code query} with every mapped endpoint IRI replaced. */
    String rewrite(String query) {
        String out = query;
        for (Map.Entry<String, String> e : realToLocal.entrySet()) {
            out = out.replace("<" + e.getKey() + ">", "<" + e.getValue() + ">");
        }
        return out;
    }
}
