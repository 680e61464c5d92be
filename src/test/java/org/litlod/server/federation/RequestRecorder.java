package org.litlod.server.federation;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A servlet filter in front of a stand-in: counts the requests that reach it and, while
 * {@link #hold() held}, keeps every request waiting (up to a minute) until {@link #release()}.
 */
final class RequestRecorder implements Filter {
    private final AtomicInteger requests = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        requests.incrementAndGet();
        try {
            gate.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        chain.doFilter(request, response);
    }

    /** Requests received so far. */
    int requests() {
        return requests.get();
    }

    /** Sets the count back to zero. */
    void reset() {
        requests.set(0);
    }

    /** Makes requests wait until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    /** Lets waiting and later requests through. */
    void release() {
        gate.countDown();
    }
}
