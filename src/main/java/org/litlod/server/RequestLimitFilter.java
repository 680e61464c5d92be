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

/**
 * Refuses oversized requests before anything reads them, with 413 and a plain-text reason: a
 * body over the byte limit (or of unknown length, which could be), and a {@code query} or
 * {@code update} in the URL over the length limit. Query bodies are bounded by the byte limit.
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
            refuse(resp, "LITLOD-SERVER-414 the query is longer than the limit of " + maxQueryLength + " characters");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse resp, String message) throws IOException {
        resp.setStatus(413);
        resp.setHeader("Connection", "close");
        resp.setContentType("text/plain; charset=utf-8");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
