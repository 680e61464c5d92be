package org.litlod.server.federation;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * A SERVICE endpoint IRI, checked for shape (absolute {@code http}/{@code https}, a host, no
 * user information) and normalised for comparison with the allow-list. It can tell whether its
 * host is local: in one of the {@link ReservedAddresses} (loopback, private, link-local, shared,
 * benchmarking, broadcast, multicast, IPv6 forms that carry an IPv4 address, …).
 */
final class ServiceTarget {
    private final String iri;
    private final URI uri;

    private ServiceTarget(String iri, URI uri) {
        this.iri = iri;
        this.uri = uri;
    }

    /** Parses {@code iri}, or throws {@link ServiceRefusedException} with {@code BAD_TARGET}. */
    static ServiceTarget parse(String iri) {
        URI uri;
        try {
            uri = new URI(iri);
        } catch (URISyntaxException e) {
            throw bad(iri, "not a valid IRI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw bad(iri, "only http and https endpoints can be called");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw bad(iri, "no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw bad(iri, "user information in the IRI is not allowed");
        }
        return new ServiceTarget(iri, uri);
    }

    /** The IRI as written. */
    String iri() {
        return iri;
    }

    /**
     * The comparison key: lower-case scheme and host, the port only when it is not the
     * scheme's default, path without trailing "/", and the query string; no fragment.
     */
    String key() {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (defaultPort ? "" : ":" + port) + path + query;
    }

    /**
     * Whether any address of the host is local. Host names are resolved; a name that does not
     * resolve counts as local (it cannot be checked, so it is not called).
     */
    boolean isLocal() {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return true;
        }
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (isLocal(a)) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return true;
        }
    }

    static boolean isLocal(InetAddress a) {
        return ReservedAddresses.contains(a);
    }

    private static ServiceRefusedException bad(String iri, String reason) {
        return new ServiceRefusedException(ServiceRefusedException.BAD_TARGET, iri, reason);
    }
}
