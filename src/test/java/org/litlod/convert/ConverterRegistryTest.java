package org.litlod.convert;

import org.litlod.convert.registry.ConverterRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.litlod.model.Document;

/** Format detection by content, and rejection of what no converter reads. */
class ConverterRegistryTest {
    private final ConverterRegistry registry = ConverterRegistry.standard();

    @Test
    void standardFormats() {
        assertEquals(List.of("paper-summary", "portal-record", "web-article", "pubmed", "jats", "bioc-xml", "bioc-json", "pubtator"),
                registry.formats().stream().map(Format::name).toList());
        assertEquals("portal-record", registry.converter("portal-record").orElseThrow().format().name());
        assertTrue(registry.converter("pdf").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"000, paper-summary", "001, portal-record", "002, web-article"})
    void seedDetectedEvenWhenRenamed(String seed, String format) throws Exception {
        for (String name : List.of("x.json", "seed.txt", "noext")) {
            SourceText in = Seeds.loadAs(seed, name);
            assertEquals(format, registry.detect(in).format().name(), name);
            Document d = registry.convert(in).get(0);
            assertEquals(format, d.source().format());
            assertEquals(name, d.source().fileName());
        }
    }

    @Test
    void otherConvertersScoreSeedsLow() {
        for (String seed : List.of("000", "001", "002")) {
            String text = Seeds.load(seed).text();
            long accepting = registry.formats().stream()
                    .filter(f -> registry.converter(f.name()).orElseThrow().detect(text) >= ConverterRegistry.ACCEPT)
                    .count();
            assertEquals(1, accepting, "seed " + seed + " accepted by exactly one converter");
        }
    }

    @Test
    void plainProseIsRejectedWithReasons() {
        SourceText in = SourceText.of("notes.txt", "Crizotinib is a kinase inhibitor.\n\nIt is taken by mouth.\n");
        ConversionException e = assertThrows(ConversionException.class, () -> registry.detect(in));
        assertEquals(ConverterRegistry.NO_CONVERTER, e.errorId());
        assertEquals("notes.txt", e.file());
        assertTrue(e.getMessage().startsWith("LITLOD-CONVERT-001 notes.txt: no converter accepted it: "), e.getMessage());
        assertTrue(e.getMessage().contains("paper-summary: no '# ' title line, no '**Authors:**' line"), e.getMessage());
        assertTrue(e.getMessage().contains("portal-record: no 'Research output:' line"), e.getMessage());
        assertTrue(e.getMessage().contains("web-article: no date line after the title"), e.getMessage());
    }

    @Test
    void emptyInputIsRejected() {
        ConversionException empty = assertThrows(ConversionException.class,
                () -> registry.convert(new SourceText("empty.txt", new byte[0])));
        assertEquals(ConverterRegistry.EMPTY, empty.errorId());
        assertTrue(empty.getMessage().contains("empty.txt"), empty.getMessage());
        ConversionException blank = assertThrows(ConversionException.class,
                () -> registry.convert(SourceText.of("blank.txt", " \n\n\t\n")));
        assertEquals(ConverterRegistry.EMPTY, blank.errorId());
    }

    @Test
    void binaryInputIsRejected() {
        byte[] random = new byte[512];
        new Random(42).nextBytes(random);
        random[7] = 0;
        ConversionException e = assertThrows(ConversionException.class,
                () -> registry.convert(new SourceText("random.bin", random)));
        assertEquals(ConverterRegistry.BINARY, e.errorId());
        assertTrue(e.getMessage().contains("random.bin"), e.getMessage());

        byte[] latin1 = "Caf\u00e9 au lait\n\nJan 2,2024\n".getBytes(StandardCharsets.ISO_8859_1);
        ConversionException notUtf8 = assertThrows(ConversionException.class,
                () -> registry.convert(new SourceText("latin1.txt", latin1)));
        assertEquals(ConverterRegistry.BINARY, notUtf8.errorId());
        assertTrue(notUtf8.getMessage().contains("not valid UTF-8"), notUtf8.getMessage());
    }

    @Test
    void convertWithANamedFormat() throws Exception {
        Document d = registry.convert(Seeds.loadAs("002", "page.html"), "web-article").get(0);
        assertEquals("web-article", d.source().format());
        ConversionException unknown = assertThrows(ConversionException.class,
                () -> registry.convert(Seeds.load("002"), "pdf"));
        assertEquals(ConverterRegistry.UNKNOWN_FORMAT, unknown.errorId());
        assertTrue(unknown.getMessage().contains("known: paper-summary, portal-record, web-article"), unknown.getMessage());
        ConversionException empty = assertThrows(ConversionException.class,
                () -> registry.convert(SourceText.of("e.txt", ""), "web-article"));
        assertEquals(ConverterRegistry.EMPTY, empty.errorId());
    }
}
