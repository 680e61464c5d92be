package org.litlod.server.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import org.litlod.store.DatasetDump;
import org.litlod.store.DumpFormat;

/**
 * {@code /dumps/}: the list of whole-dataset downloads, and each dump
 * ({@code /dumps/litlod.nq.gz}, {@code .trig}, {@code .ttl}, {@code .jsonld}) streamed from
 * the store as it is written, so its size is no limit.
 */
final class DumpServlet extends LinkedDataServlet {
    private static final long serialVersionUID = 1L;
    private final transient Site site;

    DumpServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = subPath(req, "/dumps");
        if (name.isEmpty()) {
            index(resp);
            return;
        }
        Optional<DumpFormat> format = Optional.empty();
        for (DumpFormat f : DumpFormat.values()) {
            if (f.fileName().equals(name)) {
                format = Optional.of(f);
            }
        }
        if (format.isEmpty()) {
            notFound(resp, "a dump named " + name);
            return;
        }
        cors(resp);
        if (HttpCaching.notModified(req, resp, site.store.version(), "dump-" + format.get().name())) {
            return;
        }
        resp.setStatus(200);
        resp.setContentType(format.get().mediaType()
                + (format.get() == DumpFormat.NQUADS_GZ ? "" : "; charset=utf-8"));
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + format.get().fileName() + "\"");
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        try (OutputStream out = resp.getOutputStream()) {
            DatasetDump.write(site.store, format.get(), out);
        }
    }

    private void index(HttpServletResponse resp) throws IOException {
        Html h = new Html().element("h1", "Downloads")
                .element("p", "The whole dataset, generated from the store when you download it. "
                        + "The JSON-LD dump carries the context published at /context.jsonld inline.")
                .open("ul");
        for (DumpFormat f : DumpFormat.values()) {
            h.open("li").link("/dumps/" + f.fileName(), f.fileName()).text(" (" + f.contentFormat()
                    + (f == DumpFormat.NQUADS_GZ ? ", gzip" : "") + ")").close("li");
        }
        h.open("li").link("/context.jsonld", "context.jsonld").text(" (the JSON-LD context)").close("li");
        h.close("ul");
        sendHtml(resp, 200, PageLayout.render("Downloads", Map.of(), h));
    }
}
