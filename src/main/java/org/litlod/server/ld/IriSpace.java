package org.litlod.server.ld;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where litlod's IRIs live and how they map to the server's URLs. A request path
 * {@code /paper/doi/10.1038~x} names the IRI {@code {base}paper/doi/10.1038~x}; its HTML page is
 * {@code /page/paper/doi/10.1038~x} and its data document
 * {@code /data/paper/doi/10.1038~x.ttl} (or .jsonld, .rdf, .nt). External entity IRIs have
 * their pages at {@code /entity/page?iri=...} and data at {@code /entity/data?iri=...}. All
 * links the server writes are root-relative, so they work whatever host and port it runs on.
 */
public final class IriSpace {
    /** The base IRI when none is configured. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";
    private final String base;

    /** @param base the base IRI of minted IRIs; a missing trailing "/" is added */
    public IriSpace(String base) {
        if (base == null || !base.matches("https?://[^\\s/]+(/\\S*)?")) {
            throw new IllegalArgumentException("LITLOD-LD-001 base IRI must be an http(s) IRI: " + base);
        }
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** The base IRI, ending in "/". */
    public String base() {
        return base;
    }

    /** The IRI of the whole dataset ({@code {base}dataset}). */
    public String dataset() {
        return base + "dataset";
    }

    /** Whether the IRI was minted under the base. */
    public boolean isLocal(String iri) {
        return iri.startsWith(base) && iri.length() > base.length();
    }

    /** The IRI a root-relative request path names: "/paper/x" gives "{base}paper/x". */
    public String iriOfPath(String path) {
        return base + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The path of a local IRI relative to the base, without the fragment. */
    public String localPath(String iri) {
        String rest = iri.substring(base.length());
        int hash = rest.indexOf('#');
        return hash < 0 ? rest : rest.substring(0, hash);
    }

    /** The HTML page of an IRI: /page/... for local IRIs, /entity/page?iri=... for others. */
    public String pageUrl(String iri) {
        if (isLocal(iri)) {
            int hash = iri.indexOf('#');
            return "/page/" + localPath(iri) + (hash < 0 ? "" : iri.substring(hash));
        }
        return "/entity/page?iri=" + encode(iri);
    }

    /** The data document of an IRI in one RDF representation. */
    public String dataUrl(String iri, Representation r) {
        if (isLocal(iri)) {
            return "/data/" + localPath(iri) + "." + r.extension();
        }
        return "/entity/data?iri=" + encode(iri) + "&format=" + r.extension();
    }

    /** The root-relative URL of the resource itself (local IRIs only). */
    public String resourceUrl(String iri) {
        return "/" + localPath(iri);
    }

    /**
     * A readable name for a local IRI that has no label, from the end of its path:
     * "{base}paper/x/author/2" gives "author 2", "{base}paper/x/authors" gives "authors".
     */
    public String pathName(String iri) {
        String[] seg = localPath(iri).split("/");
        String last = seg[seg.length - 1];
        if (seg.length > 1 && last.matches("\\d+")) {
            return seg[seg.length - 2] + " " + last;
        }
        return last.isEmpty() ? iri : last;
    }

    /** The IRI percent-encoded for a query parameter. */
    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
