package org.litlod.publish;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.litlod.rdf.MappedDocument;

/**
 * The gzipped N-Quads file a bulk load writes: worker threads serialise their documents on their
 * own ({@link #serialise}) and append the bytes whole, so the file is valid whatever the
 * interleaving. Compression is at the fastest level: the file is read once, by the loader.
 */
final class BulkLoadNQuads implements AutoCloseable {
    private final OutputStream out;

    BulkLoadNQuads(Path file) throws IOException {
        this.out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }, 1 << 20);
    }

    /** The N-Quads of these documents, each in its graph. */
    static byte[] serialise(List<MappedDocument> docs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        StreamRDF stream = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
        stream.start();
        for (MappedDocument d : docs) {
            Node g = NodeFactory.createURI(d.graphIri());
            Iterator<Triple> it = d.graph().find();
            while (it.hasNext()) {
                Triple t = it.next();
                stream.quad(Quad.create(g, t));
            }
        }
        stream.finish();
        return bytes.toByteArray();
    }

    /** Appends serialised quads. */
    synchronized void append(byte[] quads) throws IOException {
        out.write(quads);
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
