package org.litlod.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * On the SPARQL endpoints, reads {@code Accept: application/xml} (or {@code text/xml}) as asking
 * for XML in whatever form the query gives: Fuseki already answers SELECT and ASK with SPARQL
 * XML results for it, and this filter adds {@code application/rdf+xml} at the same quality so
 * that CONSTRUCT and DESCRIBE answer with RDF/XML instead of falling back to Turtle.
 */
final class XmlAcceptFilter implements Filter {
    private static final Pattern XML = Pattern.compile("(?:^|,)\\s*(?:application|text)/xml\\s*(;[^,]*)?");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String accept = req.getHeader("Accept");
        String widened = widen(accept);
        chain.doFilter(widened == null ? request : new HttpServletRequestWrapper(req) {
            @Override
            public String getHeader(String name) {
                return "accept".equalsIgnoreCase(name) ? widened : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "accept".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(widened))
                        : super.getHeaders(name);
            }
        }, response);
    }

    /** The Accept header with application/rdf+xml added after a plain XML range, or null when nothing changes. */
    static String widen(String accept) {
        if (accept == null || accept.toLowerCase(Locale.ROOT).contains("application/rdf+xml")) {
            return null;
        }
        Matcher m = XML.matcher(accept.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        return accept + ", application/rdf+xml" + (m.group(1) == null ? "" : m.group(1).strip());
    }
}
