package org.litlod.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed password checks, per client address: each failure is logged ({@value #FAILED}, with
 * the user name and the address, never the password), and after {@value #MAX_FAILURES}
 * failures from one address within the lockout period that address is locked out for the
 * period ({@value #LOCKED}): its attempts fail without the password being checked, so guessing
 * costs a lockout period per {@value #MAX_FAILURES} guesses. A successful login clears the
 * address's count. At most {@value #MAX_ADDRESSES} addresses are remembered.
 */
final class FailedLogins {
    /** Log id of a failed login. */
    static final String FAILED = "LITLOD-AUTH-001";
    /** Log id of an attempt refused because its address is locked out. */
    static final String LOCKED = "LITLOD-AUTH-002";
    /** Failures from one address that lock it out. */
    static final int MAX_FAILURES = 10;
    /** How long failures are counted, and how long a lockout lasts. */
    static final Duration PERIOD = Duration.ofMinutes(15);
    private static final int MAX_ADDRESSES = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(FailedLogins.class);

    private final Clock clock;
    private final Map<String, Record> byAddress = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Record> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    FailedLogins(Clock clock) {
        this.clock = clock;
    }

    /** Whether {@code address} is locked out now (and logs the refused attempt if it is). */
    synchronized boolean isLocked(String address, String user) {
        Record r = current(address);
        if (r != null && r.failures >= MAX_FAILURES) {
            LOG.warn("{} login refused for user '{}' from {}: locked out after {} failures", LOCKED, user, address, r.failures);
            return true;
        }
        return false;
    }

    /** Records a failed password check. */
    synchronized void failed(String address, String user) {
        Record r = current(address);
        if (r == null) {
            r = new Record(clock.instant());
            byAddress.put(address, r);
        }
        r.failures++;
        LOG.warn("{} failed login for user '{}' from {} ({} of {} before a lockout)", FAILED, user, address,
                r.failures, MAX_FAILURES);
    }

    /** Records a successful login: the address's failures are forgotten. */
    synchronized void succeeded(String address) {
        byAddress.remove(address);
    }

    /** Failures counted for {@code address} in the current period. */
    synchronized int failures(String address) {
        Record r = current(address);
        return r == null ? 0 : r.failures;
    }

    private Record current(String address) {
        Record r = byAddress.get(address);
        if (r != null && r.first.plus(PERIOD).isBefore(clock.instant())) {
            byAddress.remove(address);
            return null;
        }
        return r;
    }

    private static final class Record {
        final Instant first;
        int failures;

        Record(Instant first) {
            this.first = first;
        }
    }
}
