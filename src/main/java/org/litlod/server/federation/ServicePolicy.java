package org.litlod.server.federation;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Which SERVICE endpoints litlod's SPARQL endpoint may call, and with which limits. A target
 * must be on the allow-list (compared after {@link ServiceTarget#key() normalisation}); unless
 * {@link #allowingLocalTargets(boolean) local targets are allowed}, its host must not resolve to
 * a loopback, private or link-local address either. Each call has a connection timeout and a
 * response timeout, and redirects are not followed (a redirect could leave the allow-list).
 *
 * <p>Immutable; the {@code with…} methods return changed copies. {@link #install(FusekiServer)}
 * puts the policy into every dataset and endpoint of a built server.
 */
public final class ServicePolicy {
    /** The public endpoints litlod's identifiers join with: the default allow-list. */
    public static final List<String> DEFAULT_ENDPOINTS = List.of(
            "https://sparql.uniprot.org/sparql",
            "https://query.wikidata.org/sparql",
            "https://query-scholarly.wikidata.org/sparql",
            "https://id.nlm.nih.gov/mesh/sparql",
            "https://ubergraph.apps.renci.org/sparql",
            "https://idsm.elixir-czech.cz/sparql/endpoint/idsm");
    /** Default time to wait for a remote endpoint's response (headers), per SERVICE call. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Default time to wait for a connection to a remote endpoint. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** Default largest source a SPARQL Update {@code LOAD} may fetch: 64 MiB. */
    public static final long DEFAULT_LOAD_LIMIT = 64L << 20;

    private final Map<String, String> allowed;
    private final boolean allowLocal;
    private final Duration timeout;
    private final Duration connectTimeout;
    private final long loadLimit;

    private ServicePolicy(Map<String, String> allowed, boolean allowLocal, Duration timeout,
            Duration connectTimeout, long loadLimit) {
        this.allowed = allowed;
        this.allowLocal = allowLocal;
        this.timeout = timeout;
        this.connectTimeout = connectTimeout;
        this.loadLimit = loadLimit;
    }

    /** The default policy: {@link #DEFAULT_ENDPOINTS}, no local targets, default timeouts. */
    public static ServicePolicy defaults() {
        return new ServicePolicy(Map.of(), false, DEFAULT_TIMEOUT, DEFAULT_CONNECT_TIMEOUT, DEFAULT_LOAD_LIMIT)
                .withEndpoints(DEFAULT_ENDPOINTS);
    }

    /** A copy that allows exactly {@code endpoints} (absolute http(s) IRIs). */
    public ServicePolicy withEndpoints(Collection<String> endpoints) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String e : endpoints) {
            keys.put(ServiceTarget.parse(e.strip()).key(), e.strip());
        }
        return new ServicePolicy(Map.copyOf(keys), allowLocal, timeout, connectTimeout, loadLimit);
    }

    /** A copy that allows (or not) targets on loopback, private or link-local addresses. */
    public ServicePolicy allowingLocalTargets(boolean allow) {
        return new ServicePolicy(allowed, allow, timeout, connectTimeout, loadLimit);
    }

    /** A copy with a per-call response timeout and a connection timeout. */
    public ServicePolicy withTimeouts(Duration response, Duration connect) {
        return new ServicePolicy(allowed, allowLocal, Objects.requireNonNull(response),
                Objects.requireNonNull(connect), loadLimit);
    }

    /** A copy whose SPARQL Update {@code LOAD} reads at most {@code bytes} of a source. */
    public ServicePolicy withLoadLimit(long bytes) {
        if (bytes < 1 || bytes >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("LITLOD-SERVICE-005: the LOAD limit must be 1 to 2147483646 bytes, not " + bytes);
        }
        return new ServicePolicy(allowed, allowLocal, timeout, connectTimeout, bytes);
    }

    /** The most bytes a SPARQL Update {@code LOAD} reads from its source. */
    public long loadLimit() {
        return loadLimit;
    }

    /** An HTTP client with the connection timeout that never follows a redirect. */
    HttpClient httpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The allowed endpoints, as configured. */
    public List<String> endpoints() {
        return new ArrayList<>(allowed.values()).stream().sorted().toList();
    }

    /** The per-call response timeout. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * Returns normally if {@code iri} may be called, else throws {@link ServiceRefusedException}.
     * No request is made; a host name is resolved only when the IRI is on the allow-list.
     */
    public void check(String iri) {
        ServiceTarget target = ServiceTarget.parse(iri);
        if (!allowed.containsKey(target.key())) {
            throw new ServiceRefusedException(ServiceRefusedException.NOT_ALLOWED, iri,
                    "not on the allow-list of this endpoint");
        }
        if (!allowLocal && target.isLocal()) {
            throw new ServiceRefusedException(ServiceRefusedException.LOCAL_ADDRESS, iri,
                    "its host is a loopback, private or link-local address (or does not resolve)");
        }
    }

    /**
     * Enforces the policy for queries run with {@code cxt}: a check of every constant SERVICE
     * IRI when the query is prepared ({@link ServicePreCheck}), a private copy of the service
     * executor registry with the {@link ServiceGate} first (for targets bound at run time), the
     * timeouts, an HTTP client that does not follow redirects, and the {@link PolicyUpdateEngine}
     * for SPARQL Update, whose {@code LOAD} fetches under this policy.
     */
    public void install(Context cxt) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        ServiceGate gate = new ServiceGate(this);
        registry.addSingleLink(gate);
        registry.addBulkLink(gate);
        ServiceExecutorRegistry.set(cxt, registry);
        cxt.set(ARQConstants.sysOptimizerFactory, new ServicePreCheck(this, Optimize.getFactory()));
        cxt.set(ARQ.httpServiceAllowed, true);
        cxt.set(ARQ.httpQueryTimeout, timeout.toMillis());
        cxt.set(ARQ.httpQueryClient, httpClient());
        cxt.set(PolicyUpdateEngine.POLICY, this);
        PolicyUpdateEngine.register();
    }

    /**
     * Enforces the policy on every dataset and endpoint of a built (not necessarily started)
     * server, and switches off remote JSON-LD contexts ({@link JsonLdRemoteContexts#disable()}).
     */
    public void install(FusekiServer server) {
        JsonLdRemoteContexts.disable();
        for (DataAccessPoint dap : server.getDataAccessPointRegistry().accessPoints()) {
            install(dap.getDataService().getDataset().getContext());
            for (Endpoint endpoint : dap.getDataService().getEndpoints()) {
                if (endpoint.getContext() != null) {
                    install(endpoint.getContext());
                }
            }
        }
    }

    @Override
    public String toString() {
        return "ServicePolicy" + endpoints() + (allowLocal ? " +local" : "") + " timeout " + timeout;
    }
}
