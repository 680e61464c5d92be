package org.litlod.cmd;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.litlod.rdf.TripleParts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code litlod stats}: where the triples of published documents go, by part, from RDF files
 * ({@code convert --to nq} output, a dump). Error id {@value #UNREADABLE}: a file that is not RDF.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count the triples of RDF files (N-Quads, TriG, gzipped or not) by the part of a document "
                + "they describe, per paper, as a Markdown table.")
final class StatsCommand implements Callable<Integer> {
    static final String UNREADABLE = "LITLOD-STATS-001";

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files, for example from 'convert --to nq'.")
    List<Path> files;

    @Override
    public Integer call() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (Path f : files) {
            try {
                RDFParser.source(f).parse(dsg);
            } catch (RiotException | org.apache.jena.atlas.RuntimeIOException e) {
                System.err.println("litlod: " + UNREADABLE + " " + f + ": " + e.getMessage());
                return Main.FAILED;
            }
        }
        System.out.print(TripleParts.of(dsg).table());
        return 0;
    }
}
