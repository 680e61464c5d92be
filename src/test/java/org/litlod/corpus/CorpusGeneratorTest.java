package org.litlod.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.litlod.model.Document;
import org.litlod.publish.Publisher;
import org.litlod.publish.Publishers;
import org.litlod.publish.InputFiles;
import org.litlod.rdf.MappedDocument;
import org.litlod.tag.lexicon.Lexicons;

/** Generated corpora convert, map and pass the shapes, and are the same on every run. */
class CorpusGeneratorTest {
    private static final Publisher PIPELINE = Publishers.standard("http://localhost:3030/", Lexicons.builtin());

    @ParameterizedTest
    @EnumSource(CorpusFormat.class)
    void twentyDocumentsPublishInEveryFormat(CorpusFormat format, @TempDir Path dir) throws Exception {
        List<Path> files = CorpusGenerator.write(dir, format.formatName(), 20, 7L);
        assertEquals(format.perFile() == 1 ? 20 : 1, files.size());
        List<MappedDocument> mapped = new ArrayList<>();
        int mentions = 0;
        for (Path f : files) {
            mapped.addAll(PIPELINE.publish(InputFiles.read(f)));
            for (Document d : PIPELINE.documents(InputFiles.read(f))) {
                mentions += d.mentions().size();
            }
        }
        assertEquals(20, mapped.size());
        assertEquals(20, mapped.stream().map(MappedDocument::graphIri).distinct().count(),
                "every document has its own graph");
        assertTrue(mentions >= 20 * 5, format + ": at least 5 mentions per document, got " + mentions);
    }

    @Test
    void theSameSeedGivesTheSameBytesAndADifferentSeedDoesNot(@TempDir Path dir) throws Exception {
        Path a = CorpusGenerator.write(dir.resolve("a"), "pubtator", 3, 42L).get(2);
        Path b = CorpusGenerator.write(dir.resolve("b"), "pubtator", 5, 42L).get(2);
        Path c = CorpusGenerator.write(dir.resolve("c"), "pubtator", 3, 43L).get(2);
        assertEquals(Files.readString(a), Files.readString(b), "document 2 does not depend on N");
        assertFalse(Files.readString(a).equals(Files.readString(c)));
    }

    @Test
    void pubMedFilesHoldAThousandArticles(@TempDir Path dir) throws Exception {
        List<Path> files = CorpusGenerator.write(dir, "pubmed", 1001, 1L);
        assertEquals(List.of("pubmed-00000.xml", "pubmed-00001.xml"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        String second = Files.readString(files.get(1));
        assertTrue(second.contains("<PMID Version=\"1\">90001000</PMID>"));
        assertTrue(second.contains("10.5555/litlod.1000"));
    }

    @Test
    void unknownFormatsAndBadCountsAreRefusedWithTheirIds(@TempDir Path dir) {
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
                () -> CorpusGenerator.write(dir, "docx", 10, 1L));
        assertTrue(f.getMessage().startsWith(CorpusGenerator.UNKNOWN_FORMAT), f.getMessage());
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
                () -> CorpusGenerator.write(dir, "pubmed", 0, 1L));
        assertTrue(n.getMessage().startsWith(CorpusGenerator.BAD_COUNT), n.getMessage());
    }
}
