package org.litlod.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.model.Author;
import org.litlod.model.Document;
import org.litlod.model.DocumentIds;
import org.litlod.model.Mention;
import org.litlod.model.Passage;
import org.litlod.model.PublicationDate;
import org.litlod.publish.InputFiles;
import org.litlod.publish.Publishers;
import org.litlod.rdf.MappedDocument;
import org.litlod.tag.lexicon.Lexicons;

/** Generated BioC XML and BioC-JSON read back as the PubTator3 exports they imitate. */
class BioCCorpusTest {
    private static final ConverterRegistry CONVERTERS = ConverterRegistry.standard();
    private static final long SEED = 11L;

    @ParameterizedTest
    @ValueSource(strings = {"bioc-xml", "bioc-json"})
    void everyFileIsDetectedAsItsFormatAndHoldsUpToAThousandDocuments(String format, @TempDir Path dir)
            throws Exception {
        List<Path> files = CorpusGenerator.write(dir, format, 1001, SEED);
        String ext = format.equals("bioc-xml") ? "xml" : "json";
        assertEquals(List.of(format + "-00000." + ext, format + "-00001." + ext),
                files.stream().map(f -> f.getFileName().toString()).toList());
        List<Integer> counts = new ArrayList<>();
        for (Path f : files) {
            var in = InputFiles.read(f);
            assertEquals(format, CONVERTERS.detect(in).format().name(), f.toString());
            counts.add(CONVERTERS.convert(in).size());
        }
        assertEquals(List.of(1000, 1), counts);
    }

    @Test
    void theNameBiocStandsForBiocXml() {
        assertEquals(CorpusFormat.BIOC_XML, CorpusFormat.named("bioc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bioc-xml", "bioc-json"})
    void eachDocumentHasTheGeneratedTitleIdsAuthorsAndAbstract(String format, @TempDir Path dir) throws Exception {
        List<Document> docs = convert(dir, format, 20);
        PaperFactory papers = papers();
        assertEquals(20, docs.size());
        for (int i = 0; i < 20; i++) {
            Paper p = papers.paper(i);
            Document d = docs.get(i);
            assertEquals(p.title() + ".", d.title());
            assertEquals(new DocumentIds("10.5555/litlod." + i, String.valueOf(90_000_000 + i), "PMC" + (90_000_000 + i)),
                    d.ids());
            assertEquals(p.authors().stream().map(Paper::initialled).toList(),
                    d.authors().stream().map(Author::name).toList());
            assertEquals(p.abstractText(), d.abstractText());
            assertEquals(p.date().getYear(), d.published().year());
            assertEquals(String.valueOf(p.volume()), d.venue().volume());
        }
        Document first = docs.get(0);
        assertTrue(first.authors().get(0).name().matches("[A-Z][a-z]+ [A-Z]"), first.authors().get(0).name());
        if (format.equals("bioc-json")) {
            Paper p = papers.paper(0);
            assertEquals(new PublicationDate(p.date().getYear(), p.date().getMonthValue(), p.date().getDayOfMonth()),
                    first.published(), "PubTator3's date field gives the day");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bioc-xml", "bioc-json"})
    void everyAnnotationBecomesAMentionOfExactlyItsText(String format, @TempDir Path dir) throws Exception {
        List<Document> docs = convert(dir, format, 20);
        PaperFactory papers = papers();
        int total = 0;
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            Map<String, String> texts = d.passages().stream().collect(Collectors.toMap(Passage::key, Passage::text));
            for (Mention m : d.mentions()) {
                assertEquals(m.text(), texts.get(m.passage()).substring(m.start(), m.end()), m.toString());
                assertEquals(List.of(Mention.Evidence.SOURCE_ANNOTATION), m.foundBy());
                assertFalse(m.ids().isEmpty(), "every annotation has an identifier: " + m);
            }
            Paper p = papers.paper(i);
            List<SourceAnnotations.Annotation> written = SourceAnnotations.of(p, p.title().length() + 2);
            assertEquals(written.size(), d.mentions().size(), "no annotation is dropped");
            total += d.mentions().size();
        }
        assertTrue(total >= 20 * 5 && total <= 20 * 25, "5 to 25 mentions per abstract on average, got " + total);
    }

    @Test
    void annotationsSitAtDocumentOffsetsInBothPassages(@TempDir Path dir) throws Exception {
        Path file = CorpusGenerator.write(dir, "bioc-xml", 1, SEED).get(0);
        String xml = Files.readString(file);
        Paper p = papers().paper(0);
        int abstractOffset = p.title().length() + 2;
        assertTrue(xml.contains("<infon key=\"type\">abstract</infon><offset>" + abstractOffset + "</offset>"), xml);
        for (SourceAnnotations.Annotation a : SourceAnnotations.of(p, abstractOffset)) {
            String text = a.offset() < abstractOffset ? p.title() : p.abstractText();
            int local = a.offset() < abstractOffset ? a.offset() : a.offset() - abstractOffset;
            assertEquals(a.text(), text.substring(local, local + a.text().length()));
            assertTrue(xml.contains("<location offset=\"" + a.offset() + "\" length=\"" + a.text().length() + "\"/>"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bioc-xml", "bioc-json"})
    void theSameSeedGivesTheSameBytesAndDocumentsDoNotDependOnN(String format, @TempDir Path dir) throws Exception {
        String ten = Files.readString(CorpusGenerator.write(dir.resolve("a"), format, 10, 5L).get(0));
        String again = Files.readString(CorpusGenerator.write(dir.resolve("b"), format, 10, 5L).get(0));
        String twenty = Files.readString(CorpusGenerator.write(dir.resolve("c"), format, 20, 5L).get(0));
        String other = Files.readString(CorpusGenerator.write(dir.resolve("d"), format, 10, 6L).get(0));
        assertEquals(ten, again);
        String closing = format.equals("bioc-xml") ? "</collection>\n" : "]}\n";
        assertTrue(ten.endsWith(closing));
        assertTrue(twenty.startsWith(ten.substring(0, ten.length() - closing.length())),
                "the first ten documents of twenty are the ten documents");
        assertFalse(ten.equals(other));
    }

    @Test
    void bioCXmlIsWellFormed(@TempDir Path dir) throws Exception {
        Path file = CorpusGenerator.write(dir, "bioc-xml", 200, SEED).get(0);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        assertEquals(200, f.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("document").getLength());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bioc-xml", "bioc-json"})
    void generatedDocumentsPublishWithoutShapeViolations(String format, @TempDir Path dir) throws Exception {
        Path file = CorpusGenerator.write(dir, format, 10, SEED).get(0);
        List<MappedDocument> mapped = Publishers.standard("http://localhost:3030/", Lexicons.builtin())
                .publish(InputFiles.read(file));
        assertEquals(10, mapped.size());
        assertEquals(10, mapped.stream().map(MappedDocument::graphIri).distinct().count());
    }

    private static List<Document> convert(Path dir, String format, int n) throws Exception {
        Path file = CorpusGenerator.write(dir, format, n, SEED).get(0);
        return CONVERTERS.convert(InputFiles.read(file));
    }

    private static PaperFactory papers() {
        return new PaperFactory(new Vocabulary(Lexicons.curated()), SEED);
    }
}
