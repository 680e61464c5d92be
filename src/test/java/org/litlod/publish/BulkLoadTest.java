package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.corpus.CorpusGenerator;
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
        BulkLoad bulk = new BulkLoad(PIPELINE, 4, BulkLoad.Loader.PARALLEL, Duration.ofMinutes(1), lines::add);
        Path db = dir.resolve("db");
        BulkLoadReport report = bulk.run(files, db, dir.resolve("all.nq.gz"));

        assertEquals(31, report.files());
        assertEquals(30, report.documents());
        assertEquals("parallel", report.loader());
        assertEquals(1, report.failures().size());
        assertTrue(report.failures().get(0).startsWith(BulkLoad.FAILED_FILE + " "), report.failures().get(0));
        assertTrue(report.failures().get(0).contains("zz-broken.txt"), report.failures().get(0));
        assertTrue(lines.get(lines.size() - 1).startsWith("bulk: 31/31 files (100.0%), 30 docs"), lines.toString());

        PaperStore store = PaperStore.open(db);
        assertEquals(30, store.graphs().size());
        assertEquals(report.quads(), store.quadCount());
        assertEquals(30, count(store.datasetGraph(), "PREFIX bibo: <http://purl.org/ontology/bibo/>\n"
                + "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p bibo:pmid ?id FILTER STRSTARTS(STR(?id), '900000') }"));
        String word = titleWord(files.get(0));
        assertTrue(count(store.datasetGraph(), "PREFIX text: <http://jena.apache.org/text#>\n"
                + "SELECT (COUNT(*) AS ?n) WHERE { ?s text:query '" + word + "' }") > 0, "text index finds " + word);
    }

    @Test
    void intoAStoreWithDataTheBasicLoaderKeepsTheTextIndexInStep(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        List<Path> first = CorpusGenerator.write(dir.resolve("a"), "paper-summary", 3, 5L);
        List<Path> second = CorpusGenerator.write(dir.resolve("b"), "portal-record", 4, 6L);
        BulkLoad bulk = new BulkLoad(PIPELINE, 2, BulkLoad.Loader.PHASED, Duration.ofMinutes(1), l -> { });
        assertEquals("phased", bulk.run(first, db, dir.resolve("a.nq.gz")).loader());
        BulkLoadReport again = bulk.run(second, db, dir.resolve("b.nq.gz"));
        assertEquals("basic", again.loader());
        assertTrue(again.ok(), again.failures().toString());
        PaperStore store = PaperStore.open(db);
        assertFalse(store.graphs().isEmpty());
        assertEquals(store.quadCount(), count(store.datasetGraph(), "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));
        assertTrue(count(store.datasetGraph(), "PREFIX text: <http://jena.apache.org/text#>\n"
                + "SELECT (COUNT(*) AS ?n) WHERE { ?s text:query 'Fingerprint OR cohort OR morbidity OR survival OR samples' }") > 0);
    }
}
