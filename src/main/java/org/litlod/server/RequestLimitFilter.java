package org.litlod.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Refuses oversized requests before any servlet reads them, with 413 and a plain-text reason: a
 * body over the byte limit (or of unknown length, which could be); a URL whose query string is
 * over the length limit; and a query or update over the length limit sent in the body, either
 * as the whole body ({@code application/sparql-query}, {@code application/sparql-update}) or as
 * the {@code query}/{@code update} field of an HTML form. A SPARQL body (at most the byte limit)
 * is read here, measured in characters, and replayed to the servlet.
 */
final class RequestLimitFilter implements Filter {
    private final long maxBytes;
    private final int maxQueryLength;

    RequestLimitFilter(long maxBytes, int maxQueryLength) {
        this.maxBytes = maxBytes;
        this.maxQueryLength = maxQueryLength;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        long length = req.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(req.getHeader("Transfer-Encoding"));
        if (length > maxBytes || (chunked && length < 0)) {
            refuse(resp, "LITLOD-SERVER-413 the request body is larger than the limit of " + maxBytes
                    + " bytes (or of unknown length); send a Content-Length within the limit");
            return;
        }
        String queryString = req.getQueryString();
        if (queryString != null && queryString.length() > maxQueryLength) {
            refuseLength(resp);
            return;
        }
        if ("POST".equals(req.getMethod())) {
            String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("application/sparql-query") || type.startsWith("application/sparql-update")) {
                byte[] body = req.getInputStream().readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8));
                if (tooLong(new String(body, StandardCharsets.UTF_8))) {
                    refuseLength(resp);
                    return;
                }
                chain.doFilter(new BufferedBodyRequest(req, body), response);
                return;
            }
            if (type.startsWith("application/x-www-form-urlencoded")
                    && (tooLong(req.getParameter("query")) || tooLong(req.getParameter("update")))) {
                refuseLength(resp);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean tooLong(String text) {
        return text != null && text.length() > maxQueryLength;
    }

    private void refuseLength(HttpServletResponse resp) throws IOException {
        refuse(resp, "LITLOD-SERVER-414 the query is longer than the limit of " + maxQueryLength + " characters");
    }

    private static void refuse(HttpServletResponse resp, String message) throws IOException {
        resp.setHeader("Connection", "close");
        PlainAnswer.send(resp, 413, message);
    }
}
