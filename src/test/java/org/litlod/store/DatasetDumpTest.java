package org.litlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetDumpTest {
    private static final Node TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");
    private static final Node SHARED = NodeFactory.createURI("http://id.nlm.nih.gov/mesh/D013921");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");

    /** Two graphs of 4 triples; the MeSH label is in both, so the union has 7 triples. */
    private static PaperStore store(Path dir) {
        PaperStore store = PaperStore.open(dir.resolve("db"));
        for (int i = 1; i <= 2; i++) {
            Graph g = GraphFactory.createDefaultGraph();
            Node paper = NodeFactory.createURI("http://example.org/paper/" + i);
            g.add(paper, TITLE, NodeFactory.createLiteralString("Title \"" + i + "\" <x> & ü"));
            g.add(paper, TITLE, NodeFactory.createLiteralLang("Titel " + i, "de"));
            g.add(paper, NodeFactory.createURI("http://purl.org/ontology/bibo/pmid"),
                    NodeFactory.createLiteralDT(Integer.toString(i), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
            g.add(SHARED, LABEL, NodeFactory.createLiteralString("Thrombocytopenia"));
            store.replace("http://example.org/graph/" + i, g, List.of());
        }
        return store;
    }

    private static byte[] dump(PaperStore store, DumpFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetDump.write(store, f, out);
        return out.toByteArray();
    }

    private static DatasetGraph parse(byte[] bytes, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(dsg);
        return dsg;
    }

    @Test
    void nquadsAreGzippedAndComplete(@TempDir Path dir) throws Exception {
        PaperStore store = store(dir);
        byte[] gz = dump(store, DumpFormat.NQUADS_GZ);
        DatasetGraph back = parse(new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes(), Lang.NQUADS);
        assertEquals(8, back.stream().count());
        assertEquals(store.quadCount(), back.stream().count());
    }

    @Test
    void trigAndJsonLdKeepTheNamedGraphsAndLiterals(@TempDir Path dir) {
        PaperStore store = store(dir);
        for (DumpFormat f : List.of(DumpFormat.TRIG, DumpFormat.JSONLD)) {
            DatasetGraph back = parse(dump(store, f), f == DumpFormat.TRIG ? Lang.TRIG : Lang.JSONLD);
            assertEquals(8, back.stream().count(), f.name());
            Node g1 = NodeFactory.createURI("http://example.org/graph/1");
            Node p1 = NodeFactory.createURI("http://example.org/paper/1");
            assertTrue(back.contains(g1, p1, TITLE, NodeFactory.createLiteralString("Title \"1\" <x> & ü")), f.name());
            assertTrue(back.contains(g1, p1, TITLE, NodeFactory.createLiteralLang("Titel 1", "de")), f.name());
            assertTrue(back.contains(g1, p1, NodeFactory.createURI("http://purl.org/ontology/bibo/pmid"),
                    NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)), f.name());
        }
    }

    @Test
    void turtleIsTheUnion(@TempDir Path dir) {
        DatasetGraph back = parse(dump(store(dir), DumpFormat.TURTLE), Lang.TURTLE);
        assertEquals(7, back.getDefaultGraph().size());
    }

    @Test
    void theJsonLdDumpUsesThePublishedContext(@TempDir Path dir) {
        String json = new String(dump(store(dir), DumpFormat.JSONLD), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"dcterms:title\""), json);
        for (var e : JsonLdContext.prefixes().entrySet()) {
            assertTrue(json.contains("\"" + e.getKey() + "\" : \"" + e.getValue() + "\""), e.getKey());
            assertTrue(JsonLdContext.document().contains("\"" + e.getKey() + "\": \"" + e.getValue() + "\""));
        }
    }

    @Test
    void formatsAreFoundByName() {
        assertEquals(DumpFormat.NQUADS_GZ, DumpFormat.named("nq.gz").orElseThrow());
        assertEquals(DumpFormat.TRIG, DumpFormat.named("trig").orElseThrow());
        assertEquals(DumpFormat.TURTLE, DumpFormat.named("ttl").orElseThrow());
        assertEquals(DumpFormat.JSONLD, DumpFormat.named("JSONLD").orElseThrow());
        assertEquals(DumpFormat.JSONLD, DumpFormat.named("litlod.jsonld").orElseThrow());
        assertTrue(DumpFormat.named("zip").isEmpty());
    }
}
