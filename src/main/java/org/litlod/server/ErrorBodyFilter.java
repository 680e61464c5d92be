package org.litlod.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps internals out of responses: an exception escaping a servlet, or a server error (5xx)
 * that Fuseki reports with an exception's message, is logged in full and answered with a fixed
 * text and an incident number only, never a stack trace, class name or file path. Client errors
 * (4xx, such as the SPARQL parser's message) pass through.
 */
final class ErrorBodyFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorBodyFilter.class);
    private static final AtomicLong INCIDENTS = new AtomicLong();

    static String publicMessage(int status, long incident) {
        String what = status == 503 ? "LITLOD-SERVER-503 the query took longer than the time limit, or the server is busy"
                : "LITLOD-SERVER-500 internal error";
        return what + " (incident " + incident + "; the details are in the server log)";
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        String uri = ((HttpServletRequest) request).getRequestURI();
        try {
            chain.doFilter(request, new HttpServletResponseWrapper(resp) {
                @Override
                public void sendError(int sc, String msg) throws IOException {
                    super.sendError(sc, sc >= 500 ? hide(sc, msg, uri) : msg);
                }

                @Override
                public void sendError(int sc) throws IOException {
                    super.sendError(sc, sc >= 500 ? hide(sc, null, uri) : null);
                }
            });
        } catch (EofException e) {
            LOG.debug("{}: the client went away", uri);
        } catch (IOException | ServletException | RuntimeException e) {
            long incident = INCIDENTS.incrementAndGet();
            LOG.error("incident {}: {} failed", incident, uri, e);
            if (!resp.isCommitted()) {
                resp.reset();
                resp.setStatus(500);
                resp.setContentType("text/plain; charset=utf-8");
                resp.getOutputStream().write((publicMessage(500, incident) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static String hide(int status, String message, String uri) {
        long incident = INCIDENTS.incrementAndGet();
        LOG.warn("incident {}: {} answered {}: {}", incident, uri, status, message);
        return publicMessage(status, incident);
    }
}
