package org.litlod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.litlod.convert.registry.ConverterRegistry;

/** The secure XML reading every XML converter goes through. */
class XmlCursorTest {

    private static XmlNode root(String xml) throws ConversionException {
        try (XmlCursor c = XmlCursor.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml")) {
            assertTrue(c.nextStart());
            return c.readElement();
        }
    }

    @Test
    void externalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet [\n"
                + "  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n"
                + "<PubmedArticleSet><PubmedArticle>&secret;</PubmedArticle></PubmedArticleSet>";
        ConversionException e = assertThrows(ConversionException.class, () -> root(xxe));
        assertEquals(XmlCursor.ENTITY_DECLARATION, e.errorId());
        assertEquals("t.xml", e.file());
        assertTrue(e.getMessage().contains("entity declarations are refused"), e.getMessage());
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        sb.append("]>\n<lolz>&lol9;</lolz>");
        ConversionException e = assertThrows(ConversionException.class, () -> root(sb.toString()));
        assertEquals(XmlCursor.ENTITY_DECLARATION, e.errorId());
    }

    @Test
    void undeclaredEntityIsMalformedWithLineAndPath() {
        ConversionException e = assertThrows(ConversionException.class,
                () -> root("<a>\n<b>\n<c>&nope;</c></b></a>"));
        assertEquals(XmlCursor.MALFORMED, e.errorId());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("/a/b/c"), e.getMessage());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<x>".repeat(XmlCursor.MAX_DEPTH + 1) + "</x>".repeat(XmlCursor.MAX_DEPTH + 1);
        ConversionException e = assertThrows(ConversionException.class, () -> root(deep));
        assertEquals(XmlCursor.TOO_DEEP, e.errorId());
        assertTrue(e.getMessage().contains("(at /x/x/x/x/x/\u2026/x/x/x/x/x)"), e.getMessage());
    }

    @Test
    void externalDtdIsNotFetchedAndTextIsKept() throws Exception {
        XmlNode n = root("<!DOCTYPE collection SYSTEM 'http://unreachable.invalid/BioC.dtd'>\n"
                + "<collection><text>4&apos;-O &amp; <i>x</i>&#x03BA;</text></collection>");
        assertEquals("collection", n.name());
        assertEquals("4'-O & x\u03BA", n.textAt("text"));
        assertEquals(2, n.line());
    }

    @Test
    void utf16WithByteOrderMarkIsReadAsText() throws Exception {
        String xml = "<?xml version=\"1.0\"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>5</PMID>"
                + "<Article><ArticleTitle>\u03ba-B caf\u00e9</ArticleTitle></Article></MedlineCitation></PubmedArticle>"
                + "</PubmedArticleSet>";
        byte[] utf16 = ("\uFEFF" + xml).getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        var docs = ConverterRegistry.standard().convert(new SourceText("u16.xml", utf16));
        assertEquals("\u03ba-B caf\u00e9", docs.get(0).title());
    }

    @Test
    void rootSniffing() {
        assertEquals(new XmlRoot("PubmedArticleSet", "PubmedArticleSet"), XmlRoot.of(
                "<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD\" \"x.dtd\">\n<PubmedArticleSet>"));
        assertEquals(new XmlRoot(null, "collection"), XmlRoot.of("<!-- c --><collection>"));
        assertEquals(new XmlRoot("a", "article"), XmlRoot.of("<!DOCTYPE a [ <!ELEMENT a ANY> ]><article>"));
        assertEquals(null, XmlRoot.of("{\"passages\": []}"));
        assertEquals(null, XmlRoot.of("12|t|Title"));
    }
}
