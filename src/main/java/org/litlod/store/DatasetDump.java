package org.litlod.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.litlod.vocab.Prefixes;

/**
 * Writes the whole dataset in one of the {@link DumpFormat}s, streaming from a single read
 * transaction, so the dump is a consistent snapshot and its size is limited by the disk, not
 * by memory. Used by the server's {@code /dumps/} URLs and by the {@code dump} command.
 */
public final class DatasetDump {
    private DatasetDump() {
    }

    /**
     * Writes the dump to {@code out} (gzip-compressed for {@link DumpFormat#NQUADS_GZ}). The
     * stream is flushed, not closed.
     *
     * @throws UncheckedIOException when writing fails (LITLOD-DUMP-001)
     */
    public static void write(PaperStore store, DumpFormat format, OutputStream out) {
        DatasetGraph dsg = store.datasetGraph();
        try {
            if (format == DumpFormat.NQUADS_GZ) {
                GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
                Txn.executeRead(dsg, () -> stream(dsg, gz, RDFFormat.NQUADS_UTF8, false));
                gz.finish();
            } else if (format == DumpFormat.TRIG) {
                Txn.executeRead(dsg, () -> stream(dsg, out, RDFFormat.TRIG_BLOCKS, false));
            } else if (format == DumpFormat.TURTLE) {
                Txn.executeRead(dsg, () -> stream(dsg, out, RDFFormat.TURTLE_BLOCKS, true));
            } else {
                Txn.executeRead(dsg, () -> jsonld(dsg, out));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("LITLOD-DUMP-001 could not write the " + format + " dump: "
                    + e.getMessage(), e);
        }
    }

    private static void stream(DatasetGraph dsg, OutputStream out, RDFFormat fmt, boolean union) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, fmt);
        w.start();
        if (fmt != RDFFormat.NQUADS_UTF8) {
            Prefixes.standard().getNsPrefixMap().forEach(w::prefix);
        }
        if (union) {
            dsg.getUnionGraph().find().forEachRemaining(w::triple);
        } else {
            dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(w::quad);
            for (Node g : graphNames(dsg)) {
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(w::quad);
            }
        }
        w.finish();
    }

    private static void jsonld(DatasetGraph dsg, OutputStream out) {
        try (JsonLdStreamWriter w = new JsonLdStreamWriter(out)) {
            w.graph(null, triples(dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY)));
            for (Node g : graphNames(dsg)) {
                w.graph(g, triples(dsg.find(g, Node.ANY, Node.ANY, Node.ANY)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Node> graphNames(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        return names;
    }

    private static Iterator<Triple> triples(Iterator<Quad> quads) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return quads.hasNext();
            }

            @Override
            public Triple next() {
                return quads.next().asTriple();
            }
        };
    }
}
