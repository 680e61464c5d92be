package org.litlod.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * {@code /webjars/yasgui/...}: the YASGUI SPARQL editor's script and stylesheet, served from the
 * {@code org.webjars.npm:zazuko__yasgui} jar on the classpath (no CDN). Only the listed files
 * are served.
 */
final class WebJarServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/webjars/yasgui/";
    private static final String WEBJAR = "META-INF/resources/webjars/zazuko__yasgui/";
    private static final Map<String, String> FILES = Map.of(
            "yasgui.min.js", "text/javascript; charset=utf-8",
            "yasgui.min.css", "text/css; charset=utf-8");
    private final String folder = WEBJAR + version() + "/build/";

    /** The version of the YASGUI webjar on the classpath. */
    static String version() {
        try (InputStream in = WebJarServlet.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("LITLOD-LD-501 the YASGUI webjar (org.webjars.npm:zazuko__yasgui) is not on the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = subPath(req, PATH.substring(0, PATH.length() - 1));
        String type = FILES.get(name);
        InputStream in = type == null ? null : getClass().getClassLoader().getResourceAsStream(folder + name);
        if (in == null) {
            notFound(resp, "a file named " + PATH + name);
            return;
        }
        cors(resp);
        resp.setHeader("Cache-Control", "public, max-age=86400");
        resp.setContentType(type);
        try (in; OutputStream out = resp.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
