package org.litlod.server;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * A CONSTRUCT answer written while the query runs, for the line-based formats that need no
 * whole graph (N-Triples, N-Quads): nothing is held in memory but the current solution. It stops
 * at the triple limit; since the headers are gone by then, a cut answer ends with the comment
 * line {@value #CUT_COMMENT} and the limit (and carries the header
 * {@value ServerOptions#TRIPLE_CAPPED_HEADER} when the cut comes before the first bytes leave).
 */
final class StreamedConstruct {
    /** Start of the comment line that ends a cut answer. */
    static final String CUT_COMMENT = "# LITLOD-SERVER-206 cut at the triple limit of ";

    private StreamedConstruct() {
    }

    /**
     * The format to stream the answer of {@code action} in, or null when the client negotiated
     * a format that needs the whole graph (Turtle, JSON-LD, RDF/XML…) or chose one by parameter.
     */
    static Lang format(HttpAction action) {
        for (String p : new String[] {"output", "format", "force-accept"}) {
            if (action.getRequestParameter(p) != null) {
                return null;
            }
        }
        MediaType type = ConNeg.chooseContentType(action.getRequest(), DEF.constructOffer, DEF.acceptTurtle);
        Lang lang = type == null ? null : RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        return Lang.NTRIPLES.equals(lang) || Lang.NQUADS.equals(lang) ? lang : null;
    }

    /** Writes the answer of {@code exec} in {@code lang}, at most {@code limit} triples or quads. */
    static void write(HttpAction action, QueryExec exec, Lang lang, long limit) {
        boolean quads = Lang.NQUADS.equals(lang);
        Iterator<?> items = quads ? exec.constructQuads() : exec.constructTriples();
        try {
            action.setResponseStatus(200);
            action.setResponseContentType(lang.getHeaderString() + "; charset=utf-8");
            OutputStream out = action.getResponseOutputStream();
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, lang);
            stream.start();
            long n = 0;
            boolean cut = false;
            while (items.hasNext()) {
                if (n++ == limit) {
                    cut = true;
                    break;
                }
                Object item = items.next();
                if (quads) {
                    stream.quad((Quad) item);
                } else {
                    stream.triple((Triple) item);
                }
            }
            stream.finish();
            if (cut) {
                if (!action.getResponse().isCommitted()) {
                    action.setResponseHeader(ServerOptions.TRIPLE_CAPPED_HEADER, Long.toString(limit));
                }
                out.write((CUT_COMMENT + limit + "\n").getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Iter.close(items);
        }
    }
}
