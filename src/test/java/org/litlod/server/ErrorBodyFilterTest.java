package org.litlod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;

/** Server errors reach clients as a fixed text with an incident number: no stack trace, class or path. */
class ErrorBodyFilterTest {
    private static final String SECRET = "/srv/litlod/data/Data-0001/nodes.dat";

    static final class Failing extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (req.getRequestURI().endsWith("throw")) {
                throw new IllegalStateException("cannot read " + SECRET);
            }
            resp.sendError(500, "java.io.IOException: " + SECRET);
        }
    }

    @Test
    void exceptionsAndServerErrorMessagesAreReplaced() throws Exception {
        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .addFilter("/*", new ErrorBodyFilter())
                .addServlet("/fail/*", new Failing()).build().start();
        try {
            for (String path : new String[] {"/fail/throw", "/fail/send"}) {
                for (String accept : new String[] {"text/html", "text/plain", "application/json"}) {
                    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + server.getHttpPort() + path)).header("Accept", accept).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(500, r.statusCode());
                    assertTrue(r.body().contains("LITLOD-SERVER-500"), r.body());
                    assertFalse(r.body().contains(SECRET) || r.body().contains("Exception") || r.body().contains("at org."),
                            path + " " + accept + ": " + r.body());
                }
            }
        } finally {
            server.stop();
        }
    }
}
