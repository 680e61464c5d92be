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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.model.Author;
import org.litlod.model.Document;
import org.litlod.model.DocumentIds;
import org.litlod.model.Mention;
import org.litlod.model.Paragraph;
import org.litlod.model.Passage;
import org.litlod.model.PublicationDate;
import org.litlod.model.Reference;
import org.litlod.model.Section;
import org.litlod.publish.InputFiles;
import org.litlod.publish.Publisher;
import org.litlod.publish.Publishers;
import org.litlod.rdf.MappedDocument;
import org.litlod.tag.lexicon.Lexicons;

/** Generated PMC JATS articles read back with their front matter, body and references. */
class JatsCorpusTest {
    private static final ConverterRegistry CONVERTERS = ConverterRegistry.standard();
    private static final long SEED = 3L;
    private static final int N = 4;

    @TempDir
    static Path dir;
    private static List<Path> files;
    private static final List<Document> DOCS = new ArrayList<>();
    private static PaperFactory papers;
    private static FullTextFactory fullTexts;

    @BeforeAll
    static void generate() throws Exception {
        files = CorpusGenerator.write(dir, "jats", N, SEED);
        for (Path f : files) {
            DOCS.addAll(CONVERTERS.convert(InputFiles.read(f)));
        }
        Vocabulary vocabulary = new Vocabulary(Lexicons.curated());
        papers = new PaperFactory(vocabulary, SEED);
        fullTexts = new FullTextFactory(vocabulary, papers, SEED);
    }

    @Test
    void everyFileIsOneArticleDetectedAsJats() throws Exception {
        assertEquals(List.of("doc-0000000.nxml", "doc-0000001.nxml", "doc-0000002.nxml", "doc-0000003.nxml"),
                files.stream().map(f -> f.getFileName().toString()).toList());
        for (Path f : files) {
            assertEquals("jats", CONVERTERS.detect(InputFiles.read(f)).format().name(), f.toString());
        }
        assertEquals(N, DOCS.size());
    }

    @Test
    void theFrontMatterIsThePapers() {
        for (int i = 0; i < N; i++) {
            Paper p = papers.paper(i);
            Document d = DOCS.get(i);
            assertEquals(p.title(), d.title());
            assertEquals(new DocumentIds("10.5555/litlod." + i, String.valueOf(90_000_000 + i), "PMC" + (90_000_000 + i)),
                    d.ids());
            assertEquals(p.authors(), d.authors().stream().map(Author::name).toList());
            assertEquals(p.authors().get(0).split(" ")[1], d.authors().get(0).familyName());
            assertFalse(d.authors().get(0).affiliations().isEmpty(), "authors are linked to affiliations");
            assertEquals(p.abstractText(), d.abstractText());
            assertEquals(new PublicationDate(p.date().getYear(), p.date().getMonthValue(), p.date().getDayOfMonth()),
                    d.published());
            assertEquals(p.journal().title(), d.venue().journal());
            assertEquals(p.journal().issn(), d.venue().issn());
            assertEquals(String.valueOf(p.volume()), d.venue().volume());
        }
        assertEquals("2049-5552", Journal.of("x", "x", "2049555").issn(), "the ISSN check digit");
    }

    @Test
    void theBodyHasTheUsualSectionsAndParagraphsOfRealisticLength() {
        for (Document d : DOCS) {
            List<String> headings = d.sections().stream().map(Section::heading).toList();
            assertEquals("Introduction", headings.get(0));
            assertEquals(List.of("Discussion", "Conclusions"), headings.subList(headings.size() - 2, headings.size()));
            assertTrue(headings.size() >= 6, "methods and results come in subsections: " + headings);
            List<Paragraph> paragraphs = d.sections().stream().flatMap(s -> s.paragraphs().stream()).toList();
            int words = paragraphs.stream().mapToInt(p -> p.text().split(" ").length).sum();
            assertTrue(paragraphs.size() >= 20 && paragraphs.size() <= 60, "paragraphs: " + paragraphs.size());
            assertTrue(words >= 2_000 && words <= 8_000, "words: " + words);
            assertTrue(words / paragraphs.size() >= 50, "words per paragraph: " + words / paragraphs.size());
        }
        List<String> labels = DOCS.stream().flatMap(d -> d.sections().stream()).flatMap(s -> s.figures().stream())
                .map(f -> f.label()).toList();
        assertFalse(labels.isEmpty(), "results have figures");
        assertTrue(labels.stream().allMatch(l -> l.matches("Figure [1-5]")), labels.toString());
    }

    @Test
    void citationsPointIntoTheReferenceListOfOtherCorpusPapers() {
        for (int i = 0; i < N; i++) {
            Document d = DOCS.get(i);
            List<Paper> cited = fullTexts.fullText(papers.paper(i)).references();
            assertEquals(cited.size(), d.references().size());
            assertTrue(d.references().size() >= 15, "references: " + d.references().size());
            for (Reference r : d.references()) {
                Paper c = cited.get(r.number() - 1);
                assertEquals(c.title(), r.title());
                assertEquals(c.index() % 7 == 5 ? null : String.valueOf(c.pmid()), r.ids().pmid());
                assertEquals(c.index() % 10 == 3 ? null : c.doi(), r.ids().doi());
                assertEquals(Paper.initialled(c.authors().get(0)), r.authors().get(0));
                assertTrue(c.index() != i);
            }
            List<Integer> citations = d.sections().stream().flatMap(s -> s.paragraphs().stream())
                    .flatMap(p -> p.citations().stream()).distinct().sorted().toList();
            assertEquals(1, citations.get(0));
            assertTrue(citations.get(citations.size() - 1) <= d.references().size());
        }
        assertTrue(DOCS.get(0).references().get(0).text().contains(". "), "element-citations are written out");
    }

    @Test
    void theTaggerFindsTheManyMentionsOfAFullTextAtTheirText() throws Exception {
        Publisher publisher = Publishers.standard("http://localhost:3030/", Lexicons.builtin());
        for (int i = 0; i < N; i++) {
            Document d = publisher.documents(InputFiles.read(files.get(i))).get(0);
            Map<String, String> texts = d.passages().stream().collect(Collectors.toMap(Passage::key, Passage::text));
            for (Mention m : d.mentions()) {
                assertEquals(m.text(), texts.get(m.passage()).substring(m.start(), m.end()), m.toString());
            }
            int written = papers.paper(i).mentioned().size() + fullTexts.fullText(papers.paper(i)).mentioned().size();
            assertTrue(written >= 80, "a full text names many concepts: " + written);
            assertTrue(d.mentions().size() >= written * 3 / 4,
                    "the tagger finds most of the " + written + " names, found " + d.mentions().size());
        }
    }

    @Test
    void textIsEscapedAndTheFileIsWellFormedXml() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setNamespaceAware(true);
        boolean escaped = false;
        for (Path file : files) {
            assertEquals(1, f.newDocumentBuilder().parse(file.toFile()).getElementsByTagName("article").getLength());
            escaped |= Files.readString(file).contains("P &lt; 0.0");
        }
        assertTrue(escaped, "a '<' in the text is written as &lt;");
        assertTrue(DOCS.stream().flatMap(d -> d.sections().stream()).flatMap(s -> s.paragraphs().stream())
                .anyMatch(p -> p.text().contains("P < 0.0")));
    }

    @Test
    void theSameSeedGivesTheSameBytesAndArticlesDoNotDependOnN(@TempDir Path other) throws Exception {
        List<Path> again = CorpusGenerator.write(other.resolve("a"), "jats", 2 * N, SEED);
        for (int i = 0; i < N; i++) {
            assertEquals(Files.readString(files.get(i)), Files.readString(again.get(i)));
        }
        Path reseeded = CorpusGenerator.write(other.resolve("b"), "jats", 1, SEED + 1).get(0);
        assertFalse(Files.readString(files.get(0)).equals(Files.readString(reseeded)));
    }

    @Test
    void generatedArticlesPublishWithoutShapeViolations() throws Exception {
        Publisher publisher = Publishers.standard("http://localhost:3030/", Lexicons.builtin());
        for (Path f : files) {
            List<MappedDocument> mapped = publisher.publish(InputFiles.read(f));
            assertEquals(1, mapped.size());
            assertTrue(mapped.get(0).graph().size() > 500, "a full text maps to a large graph");
        }
    }
}
