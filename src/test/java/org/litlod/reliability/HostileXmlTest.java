package org.litlod.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.convert.ConversionException;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.SourceText;
import org.litlod.model.Document;
import org.litlod.convert.DocumentJson;

/**
 * Hostile XML against the standard registry, in each XML format's dress (PubMed, JATS, BioC): an
 * external entity naming a local file (XXE), an external DTD, a parameter entity, billion laughs,
 * a quadratic blow-up and 200,000 nested elements. Each must be refused with a documented error
 * or converted without the entity's content, within a minute and without a crash. Skips, saying
 * so, while the registry has no XML format. The hostile files are made here, never committed.
 */
class HostileXmlTest {
    static final String SECRET = "LITLOD-SECRET-7f3a";
    @TempDir
    static Path dir;
    static Path secret;

    @BeforeAll
    static void writeTheSecret() throws Exception {
        secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
    }

    /** The three XML dresses: prolog and the element an entity reference is put in. */
    enum Dress {
        PUBMED("PubmedArticleSet", "<PubmedArticleSet><PubmedArticle><MedlineCitation Status=\"MEDLINE\"><PMID Version=\"1\">123</PMID>"
                + "<Article><ArticleTitle>%s</ArticleTitle><Abstract><AbstractText>text</AbstractText></Abstract>"
                + "<AuthorList><Author><LastName>Smith</LastName><ForeName>Ann</ForeName></Author></AuthorList>"
                + "</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"),
        JATS("article", "<article article-type=\"research-article\"><front><article-meta>"
                + "<article-id pub-id-type=\"doi\">10.1/x</article-id><title-group><article-title>%s</article-title>"
                + "</title-group></article-meta></front><body><sec><p>text</p></sec></body></article>"),
        BIOC("collection", "<collection><source>PubMed</source><date>20240101</date><key>x</key><document><id>123</id>"
                + "<passage><infon key=\"type\">title</infon><offset>0</offset><text>%s</text></passage></document></collection>");

        final String root;
        final String body;

        Dress(String root, String body) {
            this.root = root;
            this.body = body;
        }

        String with(String doctype, String content) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype.replace("ROOT", root) + "\n" + body.formatted(content);
        }
    }

    static String laughs(int levels) {
        StringBuilder b = new StringBuilder("<!DOCTYPE ROOT [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= levels; i++) {
            b.append("<!ENTITY lol").append(i).append(" \"");
            b.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        return b.append("]>").toString();
    }

    @TestFactory
    Stream<DynamicTest> hostileXmlIsRefusedOrDefused() {
        ConverterRegistry registry = ConverterRegistry.standard();
        assumeTrue(registry.formats().stream().anyMatch(f -> f.mediaType() != null && f.mediaType().contains("xml")),
                "no XML converter is registered yet: hostile XML not tried");
        String uri = secret.toUri().toString();
        List<Object[]> cases = List.of(
                new Object[] {"xxe-file", "<!DOCTYPE ROOT [<!ENTITY xxe SYSTEM \"" + uri + "\">]>", "&xxe;"},
                new Object[] {"external-dtd", "<!DOCTYPE ROOT SYSTEM \"" + uri + "\">", "title"},
                new Object[] {"parameter-entity", "<!DOCTYPE ROOT [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]>", "title"},
                new Object[] {"billion-laughs", laughs(9), "&lol9;"},
                new Object[] {"quadratic-blowup", "<!DOCTYPE ROOT [<!ENTITY big \"" + "x".repeat(50_000) + "\">]>",
                        "&big;".repeat(50_000)},
                new Object[] {"deep-nesting", "", "<i>\n".repeat(200_000) + "t" + "</i>\n".repeat(200_000)});
        return Stream.of(Dress.values()).flatMap(dress -> cases.stream().map(c -> DynamicTest.dynamicTest(
                dress + " " + c[0], () -> {
                    SourceText in = new SourceText(dress + "-" + c[0] + ".xml",
                            dress.with((String) c[1], (String) c[2]).getBytes(StandardCharsets.UTF_8));
                    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> refusedOrDefused(registry, in));
                })));
    }

    private static void refusedOrDefused(ConverterRegistry registry, SourceText in) {
        try {
            List<Document> docs = registry.convert(in);
            String text = DocumentJson.full().write(docs);
            assertFalse(text.contains(SECRET), in.name() + ": the external entity was read");
            assertTrue(text.length() < 5_000_000, in.name() + ": entities expanded to " + text.length() + " characters");
            System.out.println("hostile XML " + in.name() + ": converted, " + docs.size() + " documents, no entity content");
        } catch (ConversionException e) {
            assertTrue(e.getMessage().startsWith("LITLOD-") && e.getMessage().contains(in.name()), e.getMessage());
            System.out.println("hostile XML " + in.name() + ": refused: " + e.getMessage());
        }
    }
}
