package org.litlod.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A short plain-text answer that a filter sends instead of passing the request on. */
final class PlainAnswer {
    private PlainAnswer() {
    }

    /** Sends {@code status} with {@code message} and a line end as a UTF-8 text body. */
    static void send(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
