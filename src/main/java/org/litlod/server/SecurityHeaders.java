package org.litlod.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The response headers every page and answer carries, and the request forms the server refuses
 * outright. Headers: a Content-Security-Policy that allows scripts, styles, fonts, images and
 * requests from this origin only (styles may also be inline: the query editor adds style
 * elements at run time), is never framed ({@code frame-ancestors 'none'},
 * {@code X-Frame-Options: DENY}), {@code X-Content-Type-Options: nosniff} and a referrer
 * policy. Refused: {@code TRACE} and {@code TRACK} (405; TRACE would echo the request headers,
 * credentials included) and JSONP, a {@code callback} parameter (400, {@value #JSONP_REFUSED}):
 * it would wrap results in a caller-chosen script.
 */
final class SecurityHeaders implements Filter {
    /** The policy sent as {@code Content-Security-Policy}. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** The error id of a refused JSONP request. */
    static final String JSONP_REFUSED = "LITLOD-SERVER-400";
    /** The error id of a refused TRACE or TRACK request. */
    static final String METHOD_REFUSED = "LITLOD-SERVER-405";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        String method = req.getMethod();
        if (method.equals("TRACE") || method.equals("TRACK")) {
            resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            PlainAnswer.send(resp, 405, METHOD_REFUSED + " the " + method + " method is not allowed");
            return;
        }
        if (req.getParameter("callback") != null) {
            PlainAnswer.send(resp, 400, JSONP_REFUSED + " JSONP (the callback parameter) is not supported;"
                    + " call the endpoint with CORS instead");
            return;
        }
        chain.doFilter(request, response);
    }
}
