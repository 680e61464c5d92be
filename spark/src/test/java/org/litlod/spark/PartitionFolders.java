package org.litlod.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.litlod.vocab.PROV;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Compares two folders of partitions: the same files, the same outcomes, and the same graphs up to
 * blank node labels and the time of the conversion (the values of {@code prov:generatedAtTime} and
 * {@code prov:endedAtTime}, which record when each run converted the document).
 */
final class PartitionFolders {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Node> CONVERSION_TIMES = Set.of(PROV.generatedAtTime.asNode(), PROV.endedAtTime.asNode());
    private static final Node SOME_TIME = NodeFactory.createLiteralDT("2000-01-01T00:00:00Z", XSDDatatype.XSDdateTime);

    private PartitionFolders() {
    }

    /** The names of the files in {@code dir}. */
    static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The quads of one partition. */
    static DatasetGraph quads(Path nqGz) throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nqGz))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        }
        return dsg;
    }

    /**
     * Asserts that {@code actual} holds what {@code expected} holds: the same file names, the
     * same pipeline fingerprint and outcome records, and in every partition the same named graphs,
     * each isomorphic to its counterpart.
     *
     * @return the number of graphs compared
     */
    static int assertSame(Path expected, Path actual) throws IOException {
        Set<String> names = names(expected);
        assertEquals(names, names(actual));
        assertEquals(Files.readString(expected.resolve("PIPELINE")), Files.readString(actual.resolve("PIPELINE")));
        int graphs = 0;
        for (String n : names) {
            if (n.endsWith(".json")) {
                assertEquals(JSON.readTree(expected.resolve(n).toFile()), JSON.readTree(actual.resolve(n).toFile()), n);
            } else if (n.endsWith(".nq.gz")) {
                graphs += assertSameGraphs(n, quads(expected.resolve(n)), quads(actual.resolve(n)));
            }
        }
        return graphs;
    }

    private static int assertSameGraphs(String partition, DatasetGraph expected, DatasetGraph actual) {
        Set<Node> names = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        expected.listGraphNodes().forEachRemaining(names::add);
        Set<Node> other = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        actual.listGraphNodes().forEachRemaining(other::add);
        assertEquals(names, other, partition + ": named graphs");
        assertTrue(expected.getDefaultGraph().isEmpty() && actual.getDefaultGraph().isEmpty(), partition);
        for (Node g : names) {
            assertFalse(expected.getGraph(g).isEmpty(), partition + " " + g);
            assertTrue(timeless(expected.getGraph(g)).isIsomorphicWith(timeless(actual.getGraph(g))),
                    partition + ": graph " + g + " differs");
        }
        return names.size();
    }

    /** A copy of {@code g} in which every conversion time is the same. */
    private static Graph timeless(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> out.add(CONVERSION_TIMES.contains(t.getPredicate())
                ? Triple.create(t.getSubject(), t.getPredicate(), SOME_TIME) : t));
        return out;
    }
}
