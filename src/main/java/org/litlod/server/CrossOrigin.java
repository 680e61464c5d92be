package org.litlod.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * CORS for the public, read-only part of the server: any origin may read (queries, pages,
 * data), as {@code Access-Control-Allow-Origin: *}, which browsers never combine with
 * credentials; {@code Access-Control-Allow-Credentials} is never sent and the request's
 * {@code Origin} is never echoed. The write endpoints ({@code /papers/update},
 * {@code /papers/data}) and every method other than GET, HEAD and POST get no CORS headers at
 * all, so a page on another origin cannot call them, with or without the user's credentials.
 */
final class CrossOrigin implements Filter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "POST");
    private final Set<String> writePaths;

    /** @param writePaths request paths (no query string) that must stay same-origin */
    CrossOrigin(Set<String> writePaths) {
        this.writePaths = Set.copyOf(writePaths);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        if (writePaths.contains(req.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        resp.addHeader("Vary", "Origin"); // the CORS headers come only with an Origin
        if (req.getHeader("Origin") == null) {
            chain.doFilter(request, response);
            return;
        }
        String preflightMethod = req.getHeader("Access-Control-Request-Method");
        if (req.getMethod().equals("OPTIONS") && preflightMethod != null) {
            if (READ_METHODS.contains(preflightMethod)) {
                resp.setHeader("Access-Control-Allow-Origin", "*");
                resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST");
                resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
                resp.setHeader("Access-Control-Max-Age", "1800");
            }
            resp.setStatus(204);
            return;
        }
        if (READ_METHODS.contains(req.getMethod())) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Access-Control-Expose-Headers", ServerOptions.CAPPED_HEADER + ", "
                    + ServerOptions.TRIPLE_CAPPED_HEADER + ", ETag, Last-Modified, Location, Content-Location, Vary, Link");
        }
        chain.doFilter(request, response);
    }
}
