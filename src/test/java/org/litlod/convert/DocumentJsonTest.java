package org.litlod.convert;

import org.litlod.convert.registry.ConverterRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.Document;

/** The JSON form of documents. */
class DocumentJsonTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    private static List<Document> seed(String prefix) throws ConversionException {
        return ConverterRegistry.standard(FIXED).convert(Seeds.load(prefix));
    }

    @Test
    void datesAsIsoStringsAndNullsLeftOut() throws Exception {
        JsonNode doc = DocumentJson.full().tree(seed("001")).get(0);
        assertEquals("2012-02-08", doc.get("published").asText());
        assertEquals("2026-01-02T03:04:05Z", doc.get("source").get("convertedAt").asText());
        assertFalse(doc.has("sourceDatabase"), "null field left out");
        assertFalse(doc.get("venue").has("volume"));
        assertTrue(doc.get("subjects").isArray());
    }

    @Test
    void withoutConversionTime() throws Exception {
        String json = DocumentJson.withoutConversionTime().write(seed("000"));
        assertFalse(json.contains("convertedAt"));
        assertTrue(json.contains("\"published\" : \"2025-08-14\""), json);
    }

    @Test
    void fieldsInDeclarationOrderAndStable() throws Exception {
        String a = DocumentJson.withoutConversionTime().write(seed("002"));
        String b = DocumentJson.withoutConversionTime().write(
                ConverterRegistry.standard().convert(Seeds.load("002")));
        assertEquals(a, b, "same input, same text");
        JsonNode doc = DocumentJson.full().tree(seed("002")).get(0);
        List<String> names = new ArrayList<>();
        doc.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("source", "kind", "title", "authors", "ids"), names.subList(0, 5));
        assertEquals("mentions", names.get(names.size() - 1));
        assertTrue(a.startsWith("[ {\n"), a.substring(0, 10));
    }
}
