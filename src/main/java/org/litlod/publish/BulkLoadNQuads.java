package org.litlod.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.litlod.rdf.MappedDocument;

/**
 * Document graphs as quads: sent to a stream (a loader's), or written as gzipped N-Quads (for a
 * work folder), compressed at the fastest level since they are read once.
 */
final class BulkLoadNQuads {
    private BulkLoadNQuads() {
    }

    /**
     * Sends every triple of the input's documents to {@code sink} as a quad in the document's
     * graph, and the descriptions of their entities, each once, in the shared graph they belong in.
     */
    static void send(PublishedInput input, StreamRDF sink) {
        for (MappedDocument d : input.documents()) {
            send(d.graphIri(), d.graph(), sink);
        }
        input.descriptions().forEach((iri, g) -> send(iri, g, sink));
    }

    private static void send(String graphIri, Graph graph, StreamRDF sink) {
        Node g = NodeFactory.createURI(graphIri);
        Iterator<Triple> it = graph.find();
        while (it.hasNext()) {
            sink.quad(Quad.create(g, it.next()));
        }
    }

    /** The gzipped N-Quads of the input's documents, each in its graph, and of their entity descriptions. */
    static byte[] gzipped(PublishedInput input) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
            stream.start();
            send(input, stream);
            stream.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
