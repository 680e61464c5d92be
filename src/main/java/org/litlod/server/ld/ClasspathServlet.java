package org.litlod.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.litlod.store.JsonLdContext;

/**
 * Fixed files: the stylesheet and other static files under {@code server/static/} on the
 * classpath (at {@code /static/...}), and the published JSON-LD context at
 * {@code /context.jsonld}.
 */
final class ClasspathServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = subPath(req, "");
        cors(resp);
        resp.setHeader("Cache-Control", "public, max-age=3600");
        if (path.equals("context.jsonld")) {
            resp.setContentType("application/ld+json; charset=utf-8");
            resp.getOutputStream().write(JsonLdContext.document().getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = path.startsWith("static/") ? path.substring("static/".length()) : "";
        InputStream in = name.matches("[a-z0-9-]+\\.(css|svg|txt|js)")
                ? getClass().getClassLoader().getResourceAsStream("server/static/" + name) : null;
        if (in == null) {
            notFound(resp, "a file named /" + path);
            return;
        }
        resp.setContentType(name.endsWith(".css") ? "text/css; charset=utf-8"
                : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : name.endsWith(".svg") ? "image/svg+xml" : "text/plain; charset=utf-8");
        try (in; OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
