package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.ids.IriMinter;
import org.litlod.rdf.DocumentMapper;
import org.litlod.validate.ShapeCheck;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.corpus.CorpusGenerator;
import org.litlod.store.BulkStore;
import org.litlod.store.PaperStore;
import org.litlod.tag.lexicon.Lexicons;

/** Bulk loads of generated corpora: every good file lands, bad ones are reported, text search works. */
class BulkLoadTest {
    private static final Publisher PIPELINE = Publishers.standard("http://localhost:3030/", Lexicons.builtin());

    private static long count(DatasetGraph dsg, String sparql) {
        return Txn.calculateRead(dsg, () -> {
            try (var qe = QueryExecutionFactory.create(sparql, DatasetFactory.wrap(dsg))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static String titleWord(Path pubTatorFile) throws Exception {
        String title = Files.readAllLines(pubTatorFile).get(0).split("\\|t\\|")[1];
        for (String w : title.split("[^A-Za-z]+")) {
            if (w.length() >= 6) {
                return w;
            }
        }
        return title.split(" ")[0];
    }

    @Test
    void thirtyDocumentsLoadAndBadFilesAreReportedWithoutStoppingTheOthers(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>(CorpusGenerator.write(dir.resolve("in"), "pubtator", 30, 3L));
        Path broken = Files.writeString(dir.resolve("in/zz-broken.txt"), "not any format litlod knows\n");
        files.add(broken);
        List<String> lines = new ArrayList<>();
        BulkLoad bulk = new BulkLoad(PIPELINE, 4, BulkStore.Loader.PARALLEL, Duration.ofMinutes(1),
                p -> lines.add(p.line()), lines::add);
        Path db = dir.resolve("db");
        BulkLoadReport report = bulk.run(files, db);

        assertEquals(31, report.files());
        assertEquals(30, report.documents());
        assertEquals("parallel", report.loader());
        assertEquals(1, report.failures().size());
        assertTrue(report.failures().get(0).startsWith(BulkLoad.FAILED_FILE + " "), report.failures().get(0));
        assertTrue(report.failures().get(0).contains("zz-broken.txt"), report.failures().get(0));
        assertTrue(lines.get(lines.size() - 1).startsWith("bulk: 31/31 files, 100.0% of "), lines.toString());
        assertTrue(lines.get(lines.size() - 1).contains(" 30 docs (1 failed)"), lines.toString());
        assertFalse(Files.exists(db.resolve(BulkStore.INCOMPLETE)), "a finished load leaves no unfinished mark");

        PaperStore store = PaperStore.open(db);
        assertEquals(30 + 1, store.graphs().size(), "one graph per paper and the shared graph of entity descriptions");
        assertTrue(report.quads() >= store.quadCount() && report.quads() < 2 * store.quadCount(),
                "the report counts an entity description once per file that names it; the store holds it once");
        assertTrue(report.quads() > report.stored(), "31 files name some entities more than once");
        assertEquals(store.quadCount(), report.stored());
        assertTrue(report.summary().contains(report.quads() + " quads, 1 failures; the store holds "
                + report.stored() + " quads; loader parallel"), report.summary());
        assertEquals(30, count(store.datasetGraph(), "PREFIX bibo: <http://purl.org/ontology/bibo/>\n"
                + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p bibo:pmid ?id FILTER STRSTARTS(STR(?id), '900000') }"));
        String word = titleWord(files.get(0));
        assertTrue(count(store.datasetGraph(), "PREFIX text: <http://jena.apache.org/text#>\n"
                + "SELECT (COUNT(*) AS ?n) WHERE { ?s text:query '" + word + "' }") > 0, "text index finds " + word);
    }

    @Test
    void aBulkLoadStoresTheEntityDescriptionsAnOrdinaryLoadStores(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        CorpusGenerator.write(in.resolve("a"), "pubmed", 2 * BulkConversion.CHUNK + 40, 5L);
        CorpusGenerator.write(in.resolve("b"), "pubmed", 60, 6L);
        BulkLoadReport bulk = BulkLoad.standard(PIPELINE, BulkStore.Loader.SORTED, x -> { })
                .run(List.of(in), dir.resolve("bulk"));
        PaperStore loaded = PaperStore.open(dir.resolve("load"));
        Loading.run(PIPELINE, loaded, List.of(in), false);
        PaperStore bulkStore = PaperStore.open(dir.resolve("bulk"));

        assertEquals(2 * BulkConversion.CHUNK + 100, bulk.documents());
        assertTrue(bulk.quads() > bulk.stored(), "the batches of both files carry some entity descriptions again");
        assertEquals(loaded.graphs(), bulkStore.graphs());
        List<String> shared = loaded.graphs().stream().filter(PIPELINE::isEntityGraph).toList();
        assertEquals(1, shared.size(), loaded.graphs().toString());
        Node g = NodeFactory.createURI(shared.get(0));
        Graph expected = loaded.read(dsg -> copy(dsg.getGraph(g)));
        Graph actual = bulkStore.read(dsg -> copy(dsg.getGraph(g)));
        assertTrue(expected.size() > 100, expected.size() + " triples");
        assertTrue(expected.isIsomorphicWith(actual), expected.size() + " triples loaded, " + actual.size()
                + " bulk-loaded");
    }

    private static Graph copy(Graph g) {
        Graph out = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(out::add);
        return out;
    }

    @Test
    void intoAStoreWithDataEachDocumentGoesInItsOwnTransactionAndTheTextIndexKeepsInStep(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        List<Path> first = CorpusGenerator.write(dir.resolve("a"), "paper-summary", 3, 5L);
        List<Path> second = CorpusGenerator.write(dir.resolve("b"), "portal-record", 4, 6L);
        BulkLoad bulk = new BulkLoad(PIPELINE, 2, BulkStore.Loader.PHASED, Duration.ofMinutes(1), p -> { }, l -> { });
        assertEquals("phased", bulk.run(first, db).loader());
        BulkLoadReport again = bulk.run(second, db);
        assertEquals("transactional", again.loader());
        assertTrue(again.ok(), again.failures().toString());
        PaperStore store = PaperStore.open(db);
        assertEquals(store.quadCount(), again.stored(), "what the store holds: both loads");
        assertFalse(store.graphs().isEmpty());
        assertEquals(store.quadCount(), count(store.datasetGraph(), "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        assertTrue(count(store.datasetGraph(), "PREFIX text: <http://jena.apache.org/text#>\n"
                + "SELECT (COUNT(*) AS ?n) WHERE { ?s text:query 'Fingerprint OR cohort OR morbidity OR survival OR samples' }") > 0);
    }

    /** A pipeline without tagging whose shapes also refuse any paper titled with "REJECT". */
    static Publisher rejecting(Tagging tagging) {
        Graph shapes = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix dcterms: <http://purl.org/dc/terms/> .
                [] a sh:NodeShape ; sh:targetClass <https://w3id.org/litlod/ontology#Paper> ;
                   sh:property [ sh:path dcterms:title ; sh:pattern "^((?!REJECT).)*$" ] .
                """, Lang.TURTLE).parse(shapes);
        IriMinter iris = new IriMinter("http://localhost:3030/");
        return new Publisher(ConverterRegistry.standard(), tagging, iris, new DocumentMapper(iris), ShapeCheck.of(shapes));
    }

    @ParameterizedTest(name = "streamed: {0}")
    @ValueSource(booleans = {false, true})
    void aDocumentThatFailsLeavesOutOnlyItselfNotTheRestOfItsFile(boolean streamed, @TempDir Path dir) throws Exception {
        Path file = CorpusGenerator.write(dir.resolve("in"), "pubmed", 300, 7L).get(0);
        String xml = Files.readString(file);
        int second = xml.indexOf("<ArticleTitle>", xml.indexOf("<ArticleTitle>") + 1) + "<ArticleTitle>".length();
        Files.writeString(file, xml.substring(0, second) + "REJECT " + xml.substring(second));
        BulkLoad bulk = new BulkLoad(rejecting(Tagging.NONE), 2, BulkStore.Loader.PARALLEL, Duration.ofMinutes(1),
                p -> { }, l -> { }).streamingAbove(streamed ? 1000 : InputFiles.MAX_BYTES);

        BulkLoadReport report = bulk.run(List.of(file), dir.resolve("db"));

        assertEquals(299, report.documents());
        assertEquals(1, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().get(0).startsWith("LITLOD-SHACL-001 "), report.failures().get(0));
        PaperStore store = PaperStore.open(dir.resolve("db"));
        assertEquals(299, store.graphs().size());
        assertEquals(0, count(store.datasetGraph(), "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
                + "SELECT (COUNT(*) AS ?n) WHERE { ?p dcterms:title ?t FILTER CONTAINS(?t, 'REJECT') }"));
        assertTrue(report.quads() >= store.quadCount() && report.quads() < 2 * store.quadCount(),
                "the report counts an entity description once per file that names it; the store holds it once");
    }

    @Test
    void aStoreMarkedUnfinishedIsEmptiedAndLoadedAgain(@TempDir Path dir) throws Exception {
        Path db = Files.createDirectories(dir.resolve("db/Data-0001"));
        Files.writeString(db.resolve("GOSP.dat"), "what a killed bulk load left behind");
        Files.writeString(dir.resolve("db").resolve(BulkStore.INCOMPLETE), "");
        List<Path> files = CorpusGenerator.write(dir.resolve("in"), "portal-record", 5, 9L);
        List<String> notices = new ArrayList<>();
        BulkLoadReport report = new BulkLoad(PIPELINE, 2, BulkStore.Loader.PARALLEL, Duration.ofMinutes(1), p -> { },
                notices::add).run(files, dir.resolve("db"));

        assertTrue(report.ok(), report.failures().toString());
        assertEquals(List.of("bulk: " + dir.resolve("db") + " holds an unfinished bulk load; emptying it and starting again"),
                notices);
        assertFalse(Files.exists(dir.resolve("db").resolve(BulkStore.INCOMPLETE)));
        assertEquals(5 + 1, PaperStore.open(dir.resolve("db")).graphs().size(), "and the shared graph of entity descriptions");
    }

    @Test
    void withAWorkFolderARestartedLoadConvertsOnlyTheFilesItHadNotFinished(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>(CorpusGenerator.write(dir.resolve("in"), "paper-summary", 6, 11L));
        Path title = files.get(2);
        Files.writeString(title, Files.readString(title).replaceFirst("(?m)^# ", "# REJECT "));
        files.add(Files.writeString(dir.resolve("in/zz-broken.txt"), "not any format litlod knows\n"));
        AtomicInteger converted = new AtomicInteger();
        Tagging counting = new Tagging(d -> {
            converted.incrementAndGet();
            return d;
        }, "counting-1");
        Path work = dir.resolve("work");
        List<String> notices = new ArrayList<>();
        BulkLoad bulk = new BulkLoad(rejecting(counting), 2, BulkStore.Loader.PARALLEL, Duration.ofMinutes(1),
                p -> { }, notices::add);

        BulkLoadReport first = bulk.run(files, dir.resolve("db1"), work);
        assertEquals(6, converted.get());
        assertEquals(5, first.documents());
        assertEquals(2, first.failures().size(), "the rejected document and the broken file: " + first.failures());
        try (Stream<Path> kept = Files.list(work)) {
            assertEquals(6, kept.filter(p -> p.toString().endsWith(".json")).count(), "one partition per converted file");
        }

        BulkLoadReport again = bulk.run(files, dir.resolve("db2"), work);
        assertEquals(6, converted.get(), "nothing converted again");
        assertEquals(List.of(first.documents(), first.quads(), first.failures()),
                List.of(again.documents(), again.quads(), again.failures()));
        assertEquals(PaperStore.open(dir.resolve("db1")).quadCount(), PaperStore.open(dir.resolve("db2")).quadCount());

        try (Stream<Path> kept = Files.list(work)) {
            Files.delete(kept.filter(p -> p.toString().endsWith(".json")).sorted().findFirst().orElseThrow());
        }
        bulk.run(files, dir.resolve("db3"), work);
        assertEquals(7, converted.get(), "only the file whose partition was unfinished");
        assertEquals(first.quads(), PaperStore.open(dir.resolve("db3")).quadCount());

        Tagging other = new Tagging(counting.tagger(), "counting-2");
        new BulkLoad(rejecting(other), 2, BulkStore.Loader.PARALLEL, Duration.ofMinutes(1), p -> { }, notices::add)
                .run(files, dir.resolve("db4"), work);
        assertEquals(13, converted.get(), "another lexicon version: everything converted again");
        assertEquals(List.of("bulk: discarded 6 kept partitions of another pipeline in " + work), notices);
    }

    @Test
    void filesWithTheSameContentShareOnePartitionAndOneGraph(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>();
        Path original = CorpusGenerator.write(dir.resolve("in"), "pubmed", 40, 13L).get(0);
        for (int i = 0; i < 6; i++) {
            files.add(Files.copy(original, dir.resolve("in/copy-" + i + ".xml")));
        }
        Path work = dir.resolve("work");
        BulkLoadReport report = new BulkLoad(PIPELINE, 4, BulkStore.Loader.PARALLEL, Duration.ofMinutes(1), p -> { },
                l -> { }).run(files, dir.resolve("db"), work);

        assertTrue(report.ok(), report.failures().toString());
        assertEquals(6 * 40, report.documents(), "every copy counts");
        assertEquals(40 + 1, PaperStore.open(dir.resolve("db")).graphs().size(),
                "one graph per paper and the shared graph of entity descriptions");
        try (Stream<Path> kept = Files.list(work)) {
            String sha = InputFiles.read(original).sha256();
            assertEquals(java.util.Set.of("PIPELINE", sha + ".json", sha + ".nq.gz"),
                    kept.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }
}
