package org.litlod.convert.bioc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.convert.ConversionException;
import org.litlod.convert.SourceText;
import org.litlod.model.Document;

/** BioC inputs that cannot be converted, and the shapes of BioC-JSON that can. */
class BioCErrorsTest {
    private static final String PASSAGE = "{\"infons\":{\"type\":\"title\"},\"offset\":0,\"text\":\"T %s\",\"annotations\":[]}";

    private static String doc(String id) {
        return "{\"id\":\"" + id + "\",\"infons\":{},\"passages\":[" + PASSAGE.formatted(id) + "],\"relations\":[]}";
    }

    @Test
    void jsonShapes() throws Exception {
        BioCJsonConverter c = new BioCJsonConverter();
        List<Document> array = c.convert(SourceText.of("a.json", "[" + doc("1") + "," + doc("2") + "]"));
        assertEquals(List.of("T 1", "T 2"), array.stream().map(Document::title).toList());
        List<Document> collection = c.convert(SourceText.of("c.json",
                "{\"source\":\"x\",\"documents\":[" + doc("3") + "],\"date\":\"y\"}"));
        assertEquals("3", collection.get(0).ids().pmid());
    }

    @Test
    void malformedJsonHasALine() {
        ConversionException e = assertThrows(ConversionException.class, () -> new BioCJsonConverter()
                .convert(SourceText.of("m.json", "{\"passages\": [\n{\"offset\": 0,\n\"text\": }]}")));
        assertEquals(BioCJsonConverter.MALFORMED, e.errorId());
        assertEquals(3, e.line());
        ConversionException none = assertThrows(ConversionException.class,
                () -> new BioCJsonConverter().convert(SourceText.of("n.json", "{\"documents\": []}")));
        assertEquals(BioCJsonConverter.NO_DOCUMENTS, none.errorId());
    }

    @Test
    void xmlDocumentWithoutTitleOrWithBadOffset() {
        ConversionException noTitle = assertThrows(ConversionException.class, () -> new BioCXmlConverter().convert(
                SourceText.of("t.xml", "<collection>\n<document><id>9</id>\n<passage><infon key=\"type\">abstract</infon>"
                        + "<offset>0</offset><text>Only an abstract.</text></passage></document></collection>")));
        assertEquals(BioCXmlConverter.NO_TITLE, noTitle.errorId());
        assertEquals(2, noTitle.line());
        assertTrue(noTitle.getMessage().contains("document 9"), noTitle.getMessage());
        ConversionException badOffset = assertThrows(ConversionException.class, () -> new BioCXmlConverter().convert(
                SourceText.of("o.xml", "<collection><document><id>9</id><passage><offset>x</offset><text>T</text>"
                        + "</passage></document></collection>")));
        assertEquals(BioCXmlConverter.BAD_OFFSET, badOffset.errorId());
    }
}
