package org.litlod.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.litlod.store.DataVersion;

/**
 * Conditional GET tied to the data version: every response derived from the data carries an
 * ETag made of the version tag and the representation, and Last-Modified from when that version
 * appeared, with {@code Cache-Control: public, no-cache} so caches keep it and revalidate. A
 * matching If-None-Match (or, without one, an If-Modified-Since not older than the version)
 * gets 304 Not Modified.
 */
final class HttpCaching {
    private HttpCaching() {
    }

    /**
     * Sets the validators and answers 304 when the client's copy is current.
     *
     * @param variant what distinguishes this response from others at the same URL ("ttl", "html")
     * @return true when 304 was sent and nothing more should be written
     */
    static boolean notModified(HttpServletRequest req, HttpServletResponse resp, DataVersion v, String variant) {
        String etag = "\"" + v.tag() + "-" + variant + "\"";
        long modified = v.modified().toEpochMilli();
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", modified);
        resp.setHeader("Cache-Control", "public, no-cache");
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            for (String candidate : inm.split(",")) {
                String c = candidate.trim();
                if (c.startsWith("W/")) {
                    c = c.substring(2);
                }
                if (c.equals("*") || c.equals(etag)) {
                    resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                    return true;
                }
            }
            return false;
        }
        long since = ifModifiedSince(req);
        if (since >= 0 && modified / 1000 <= since / 1000) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        return false;
    }

    private static long ifModifiedSince(HttpServletRequest req) {
        try {
            return req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
