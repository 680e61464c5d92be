package org.litlod.store;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs a SPARQL query against the store, over the union of the document graphs (as the server
 * does), and writes the results.
 */
public final class StoreQuery {

    /** Output formats for query results. */
    public enum ResultFormat {
        TEXT, CSV, TSV, JSON, XML;

        /** The format called {@code name} on the command line ("csv", any case). */
        public static Optional<ResultFormat> named(String name) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
        }

        /** The command-line names of the formats, in order ("text", "csv"...). */
        public static List<String> names() {
            return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
        }
    }

    private StoreQuery() {
    }

    /**
     * Runs {@code sparql} and writes its results: a table for SELECT, true/false for ASK, Turtle
     * for CONSTRUCT and DESCRIBE.
     *
     * @throws org.apache.jena.query.QueryParseException when the query does not parse
     */
    public static void run(PaperStore store, String sparql, ResultFormat format, OutputStream out) {
        Query query = QueryFactory.create(sparql);
        Dataset ds = DatasetFactory.wrap(store.datasetGraph());
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                if (query.isSelectType()) {
                    writeSelect(qe.execSelect(), format, out);
                } else if (query.isAskType()) {
                    ResultSetFormatter.out(out, qe.execAsk());
                } else if (query.isConstructType()) {
                    RDFDataMgr.write(out, qe.execConstruct(), Lang.TURTLE);
                } else if (query.isDescribeType()) {
                    RDFDataMgr.write(out, qe.execDescribe(), Lang.TURTLE);
                } else {
                    throw new IllegalArgumentException("unsupported query form");
                }
            }
        });
    }

    private static void writeSelect(ResultSet rs, ResultFormat format, OutputStream out) {
        switch (format) {
            case TEXT -> ResultSetFormatter.out(out, rs);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case XML -> ResultSetFormatter.outputAsXML(out, rs);
            default -> throw new IllegalArgumentException(format.name());
        }
    }

    /**
     * Parses a format name given on the command line ("csv", "json"...).
     *
     * @throws IllegalArgumentException naming the formats there are, when there is none of that name
     */
    public static ResultFormat format(String name) {
        return ResultFormat.named(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown result format '" + name + "' (accepted: " + String.join(", ", ResultFormat.names()) + ")"));
    }
}
