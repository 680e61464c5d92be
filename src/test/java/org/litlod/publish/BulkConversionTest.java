package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.corpus.CorpusGenerator;

/** One input file converted into its partition of a work folder, as the bulk load and the Spark job do it. */
class BulkConversionTest {
    private static final Publisher PIPELINE = BulkLoadTest.rejecting(Tagging.NONE);

    /** A PubMed file of {@code n} papers whose second title the pipeline rejects. */
    private static Path oneRejected(Path dir, int n) throws Exception {
        Path file = CorpusGenerator.write(dir, "pubmed", n, 17L).get(0);
        String xml = Files.readString(file);
        int second = xml.indexOf("<ArticleTitle>", xml.indexOf("<ArticleTitle>") + 1) + "<ArticleTitle>".length();
        Files.writeString(file, xml.substring(0, second) + "REJECT " + xml.substring(second));
        return file;
    }

    private static Set<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static DatasetGraph quads(Path nqGz) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nqGz))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        }
        return dsg;
    }

    @Test
    void aFileBecomesThePartitionOfItsGoodDocumentsWithItsOutcome(@TempDir Path dir) throws Exception {
        Path file = oneRejected(dir.resolve("in"), 12);
        BulkPartitions parts = new BulkPartitions(dir.resolve("work"), PIPELINE.fingerprint());
        List<PublishedInput> chunks = new ArrayList<>();

        BulkConversion.Result r = new BulkConversion(PIPELINE, InputFiles.MAX_BYTES).convert(file, "a.xml", parts, chunks::add);

        String sha = InputFiles.read(file).sha256();
        assertEquals(sha, r.sha256());
        assertFalse(r.kept());
        assertTrue(r.partitioned());
        assertNull(r.failure());
        assertEquals(11, r.outcome().documents());
        assertEquals(1, r.outcome().errors().size(), r.outcome().errors().toString());
        assertTrue(r.outcome().errors().get(0).startsWith("LITLOD-SHACL-001 "), r.outcome().errors().get(0));
        assertEquals(1, chunks.size());
        assertEquals(chunks.get(0).quads(), r.outcome().quads());
        assertEquals(Set.of("PIPELINE", sha + ".nq.gz", sha + ".json"), names(dir.resolve("work")));
        assertEquals(r.outcome(), new ObjectMapper().readValue(dir.resolve("work/" + sha + ".json").toFile(),
                BulkPartitions.Outcome.class));
        assertEquals(r.outcome().quads(), quads(dir.resolve("work").resolve(BulkPartitions.quadsFile(sha))).stream().count());

        BulkConversion.Result again = new BulkConversion(PIPELINE, InputFiles.MAX_BYTES)
                .convert(file, "a.xml", BulkPartitions.joined(dir.resolve("work")), chunks::add);
        assertTrue(again.kept());
        assertEquals(r.outcome(), again.outcome());
        assertEquals(1, chunks.size(), "a kept partition is not converted again");
    }

    @Test
    void readAsAStreamTheFileGivesTheSameOutcome(@TempDir Path dir) throws Exception {
        Path file = oneRejected(dir.resolve("in"), 12);
        BulkConversion.Result whole = new BulkConversion(PIPELINE, InputFiles.MAX_BYTES).convert(file, "a.xml",
                null, c -> { });
        BulkConversion.Result streamed = new BulkConversion(PIPELINE, 1000).convert(file, "a.xml",
                new BulkPartitions(dir.resolve("work"), PIPELINE.fingerprint()), c -> { });

        assertEquals(whole.outcome(), streamed.outcome());
        assertTrue(streamed.partitioned());
        assertEquals(whole.outcome().quads(),
                quads(dir.resolve("work").resolve(BulkPartitions.quadsFile(streamed.sha256()))).stream().count());
    }

    @Test
    void aFileReadWholeIsHandedOnAChunkAtATimeAndOnlyWhenItConverts(@TempDir Path dir) throws Exception {
        Path file = CorpusGenerator.write(dir.resolve("in"), "pubmed", BulkConversion.CHUNK + 44, 23L).get(0);
        List<Integer> sizes = new ArrayList<>();

        BulkConversion.Result r = new BulkConversion(PIPELINE, InputFiles.MAX_BYTES).convert(file, "a.xml",
                new BulkPartitions(dir.resolve("work"), PIPELINE.fingerprint()), c -> sizes.add(c.documents().size()));

        assertEquals(List.of(BulkConversion.CHUNK, 44), sizes);
        assertEquals(BulkConversion.CHUNK + 44, r.outcome().documents());
        assertTrue(r.partitioned());

        String xml = Files.readString(file);
        Path cut = Files.writeString(dir.resolve("in/cut.xml"), xml.substring(0, xml.length() * 9 / 10));
        sizes.clear();
        BulkConversion.Result broken = new BulkConversion(PIPELINE, InputFiles.MAX_BYTES).convert(cut, "cut.xml",
                BulkPartitions.joined(dir.resolve("work")), c -> sizes.add(c.documents().size()));

        assertEquals(List.of(), sizes, "a file that does not convert to its end hands on no document");
        assertTrue(broken.failure().startsWith(BulkLoad.FAILED_FILE + " " + cut + ": "), broken.failure());
        assertFalse(broken.partitioned());
        assertEquals(Set.of("PIPELINE", r.sha256() + ".nq.gz", r.sha256() + ".json"), names(dir.resolve("work")));
    }

    @Test
    void aFileThatCannotBeConvertedGivesOneMessageAndNoPartition(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("broken.txt"),
                "not any format litlod knows\n");
        Path work = dir.resolve("work");
        BulkPartitions parts = new BulkPartitions(work, PIPELINE.fingerprint());
        Path stray = Files.writeString(work.resolve("left-by-another-worker.nq.gz.1.tmp"), "");

        BulkConversion.Result r = new BulkConversion(PIPELINE, InputFiles.MAX_BYTES).convert(broken, "broken.txt",
                BulkPartitions.joined(work), c -> { });
        BulkConversion.Result missing = new BulkConversion(PIPELINE, InputFiles.MAX_BYTES)
                .convert(dir.resolve("in/absent.xml"), "absent.xml", parts, c -> { });

        assertTrue(r.failure().startsWith(BulkLoad.FAILED_FILE + " " + broken + ": LITLOD-CONVERT-001"), r.failure());
        assertEquals(List.of(r.failure()), r.outcome().errors());
        assertFalse(r.partitioned());
        assertEquals(BulkLoad.FAILED_FILE + " " + InputFiles.MISSING + " " + dir.resolve("in/absent.xml")
                + ": no such file or directory", missing.failure());
        assertNull(missing.sha256());
        assertEquals(Set.of("PIPELINE", stray.getFileName().toString()), names(work),
                "nothing kept, and joining the folder deletes nothing of the others'");
    }
}
