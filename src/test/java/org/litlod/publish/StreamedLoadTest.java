package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.StreamedInput;
import org.litlod.store.PaperStore;

/** Files in a format that streams load one document at a time, as they would past the size limit. */
class StreamedLoadTest {
    private static final Path PUBMED = Path.of(System.getProperty("litlod.shared", "../shared"),
            "fixtures/literature/pubmed-xml/pmid_30078747.xml");

    @Test
    void onlyStreamingFormatsAreReadAsStreams() throws Exception {
        Publisher p = SeedCorpus.publisher();
        assertFalse(p.streams(InputFiles.head(SeedCorpus.SEEDS.resolve("000_93911e03ce8ac8a2.txt"),
                ConverterRegistry.DETECTION_HEAD)));
        Assumptions.assumeTrue(Files.exists(PUBMED), "../shared absent: skipping");
        assertTrue(p.streams(InputFiles.head(PUBMED, ConverterRegistry.DETECTION_HEAD)));
    }

    @Test
    void aStreamedFileLoadsLikeTheSameFileReadWhole(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.exists(PUBMED), "../shared absent: skipping");
        Publisher p = SeedCorpus.publisher();
        PaperStore streamed = PaperStore.open(dir.resolve("a"));
        StreamedInput in = InputFiles.open(PUBMED);
        FileOutcome o;
        try {
            o = p.load(streamed, in, false);
        } finally {
            in.stream().close();
        }
        assertEquals(FileOutcome.Status.LOADED, o.status(), o.errors().toString());
        assertEquals(InputFiles.read(PUBMED).sha256(), in.sha256());

        PaperStore whole = PaperStore.open(dir.resolve("b"));
        LoadReport r = Loading.run(p, whole, List.of(PUBMED), false);
        assertEquals(whole.graphs(), streamed.graphs());
        assertEquals(whole.quadCount(), streamed.quadCount());

        StreamedInput again = InputFiles.open(PUBMED);
        try {
            assertEquals(FileOutcome.Status.UNCHANGED, p.load(streamed, again, true).status());
        } finally {
            again.stream().close();
        }
        assertTrue(r.ok());
    }
}
