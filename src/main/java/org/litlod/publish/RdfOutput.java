package org.litlod.publish;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.litlod.rdf.MappedDocument;
import org.litlod.vocab.Prefixes;

/**
 * Writes mapped documents in an RDF syntax: TriG, N-Quads and JSON-LD keep one named graph per
 * document, and the descriptions of the entities they name in the shared graph a store keeps
 * them in (so that the output is self-describing and loads as a store holds it); Turtle merges
 * them all into one graph.
 */
public final class RdfOutput {

    /** The syntaxes {@code convert --to} offers. */
    public enum Syntax {
        TRIG, NQ, TTL, JSONLD;

        /**
         * Parses a command-line name ("trig", "nq", "ttl", "jsonld").
         *
         * @throws IllegalArgumentException naming the syntaxes there are, when there is none of that name
         */
        public static Syntax of(String name) {
            return named(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown RDF syntax '" + name + "' (accepted: " + String.join(", ", names()) + ")"));
        }

        /** The syntax called {@code name} on the command line, in any case. */
        public static Optional<Syntax> named(String name) {
            return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
        }

        /** The command-line names of the syntaxes, in order ("trig", "nq", "ttl", "jsonld"). */
        public static List<String> names() {
            return Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
        }
    }

    private RdfOutput() {
    }

    /** Writes the documents to {@code out} in {@code syntax}. */
    public static void write(List<MappedDocument> docs, Syntax syntax, OutputStream out) {
        if (syntax == Syntax.TTL) {
            Graph merged = GraphFactory.createDefaultGraph();
            merged.getPrefixMapping().setNsPrefixes(Prefixes.standard());
            docs.forEach(d -> {
                GraphUtil.addInto(merged, d.graph());
                GraphUtil.addInto(merged, d.entities());
            });
            RDFDataMgr.write(out, merged, RDFFormat.TURTLE_PRETTY);
            return;
        }
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ds.prefixes().putAll(Prefixes.standard());
        for (MappedDocument d : docs) {
            ds.addGraph(NodeFactory.createURI(d.graphIri()), d.graph());
        }
        EntityDescriptions.of(docs).forEach((iri, g) -> ds.addGraph(NodeFactory.createURI(iri), g));
        switch (syntax) {
            case TRIG -> RDFDataMgr.write(out, ds, RDFFormat.TRIG_PRETTY);
            case NQ -> RDFDataMgr.write(out, ds, Lang.NQUADS);
            case JSONLD -> RDFDataMgr.write(out, ds, RDFFormat.JSONLD11_PRETTY);
            default -> throw new IllegalArgumentException(syntax.name());
        }
    }
}
