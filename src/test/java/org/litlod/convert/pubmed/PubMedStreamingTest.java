package org.litlod.convert.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.convert.ConversionException;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.SourceText;
import org.litlod.convert.StreamedInput;
import org.litlod.convert.XmlCursor;

/** Articles are handed on one at a time, and errors name the file, the line and the article. */
class PubMedStreamingTest {
    private static String article(String pmid, String title) {
        return "<PubmedArticle><MedlineCitation><PMID>" + pmid + "</PMID><Article><ArticleTitle>" + title
                + "</ArticleTitle></Article></MedlineCitation></PubmedArticle>\n";
    }

    @Test
    void articlesBeforeABadOneAreAlreadyHandedOn() {
        String xml = "<PubmedArticleSet>\n" + article("1", "One") + article("2", "Two") + article("3", "") + "</PubmedArticleSet>";
        List<String> seen = new ArrayList<>();
        ConversionException e = assertThrows(ConversionException.class,
                () -> new PubMedXmlConverter().stream(SourceText.of("set.xml", xml), d -> seen.add(d.ids().pmid())));
        assertEquals(List.of("1", "2"), seen);
        assertEquals(PubMedXmlConverter.NO_TITLE, e.errorId());
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("PMID 3"), e.getMessage());
    }

    @Test
    void registryStreamsFromAnInputStream() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n" + article("7", "Seven") + article("8", "Eight")
                + "</PubmedArticleSet>";
        List<String> seen = new ArrayList<>();
        ConverterRegistry.standard().stream(new StreamedInput("s.xml", "00",
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))), d -> seen.add(d.title()));
        assertEquals(List.of("Seven", "Eight"), seen);
    }

    @Test
    void emptySetAndBrokenXml() {
        ConversionException none = assertThrows(ConversionException.class,
                () -> new PubMedXmlConverter().convert(SourceText.of("e.xml", "<PubmedArticleSet></PubmedArticleSet>")));
        assertEquals(PubMedXmlConverter.NO_ARTICLES, none.errorId());
        ConversionException broken = assertThrows(ConversionException.class, () -> new PubMedXmlConverter()
                .convert(SourceText.of("b.xml", "<PubmedArticleSet>\n<PubmedArticle>\n</PubmedArticleSet>")));
        assertEquals(XmlCursor.MALFORMED, broken.errorId());
        assertEquals(3, broken.line());
    }
}
