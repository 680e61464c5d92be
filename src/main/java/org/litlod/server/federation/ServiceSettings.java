package org.litlod.server.federation;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The settings that configure a {@link ServicePolicy} from outside the code: Java system
 * properties (or any name-to-value lookup), each with a documented meaning.
 *
 * <ul>
 * <li>{@value #ALLOW}: the allowed SERVICE endpoints, separated by commas or white space;
 *     replaces the default list ({@link ServicePolicy#DEFAULT_ENDPOINTS}); empty allows none.</li>
 * <li>{@value #ALLOW_LOCAL}: {@code true} to allow targets on loopback, private or link-local
 *     addresses (default {@code false}).</li>
 * <li>{@value #TIMEOUT}: per-call response timeout in milliseconds (default 30000).</li>
 * <li>{@value #CONNECT_TIMEOUT}: connection timeout in milliseconds (default 5000).</li>
 * <li>{@value #LOAD_LIMIT}: the most bytes a SPARQL Update {@code LOAD} reads from its source
 *     (default 67108864, 64 MiB).</li>
 * </ul>
 */
public final class ServiceSettings {
    /** Allowed SERVICE endpoints. */
    public static final String ALLOW = "litlod.service.allow";
    /** Whether local targets are allowed. */
    public static final String ALLOW_LOCAL = "litlod.service.allowLocal";
    /** Per-call response timeout, milliseconds. */
    public static final String TIMEOUT = "litlod.service.timeout";
    /** Connection timeout, milliseconds. */
    public static final String CONNECT_TIMEOUT = "litlod.service.connectTimeout";
    /** Largest LOAD source, bytes. */
    public static final String LOAD_LIMIT = "litlod.load.maxBytes";

    private ServiceSettings() {
    }

    /** The policy configured by the Java system properties. */
    public static ServicePolicy fromSystemProperties() {
        return from(System::getProperty);
    }

    /** The policy configured by {@code settings} (a lookup that returns null when unset). */
    public static ServicePolicy from(UnaryOperator<String> settings) {
        ServicePolicy policy = ServicePolicy.defaults();
        String allow = settings.apply(ALLOW);
        if (allow != null) {
            List<String> endpoints = Arrays.stream(allow.split("[,\\s]+"))
                    .filter(s -> !s.isBlank()).toList();
            policy = policy.withEndpoints(endpoints);
        }
        policy = policy.allowingLocalTargets(Boolean.parseBoolean(settings.apply(ALLOW_LOCAL)));
        return policy.withTimeouts(
                Duration.ofMillis(number(settings, TIMEOUT, ServicePolicy.DEFAULT_TIMEOUT.toMillis(), "milliseconds")),
                Duration.ofMillis(number(settings, CONNECT_TIMEOUT, ServicePolicy.DEFAULT_CONNECT_TIMEOUT.toMillis(), "milliseconds")))
                .withLoadLimit(number(settings, LOAD_LIMIT, ServicePolicy.DEFAULT_LOAD_LIMIT, "bytes"));
    }

    private static long number(UnaryOperator<String> settings, String name, long dft, String unit) {
        String value = settings.apply(name);
        if (value == null || value.isBlank()) {
            return dft;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("LITLOD-SERVICE-005: setting " + name
                    + " is not a number of " + unit + ": '" + value + "'", e);
        }
    }
}
