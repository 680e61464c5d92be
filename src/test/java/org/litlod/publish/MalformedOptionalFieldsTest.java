package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.litlod.store.BulkStore;
import org.litlod.store.PaperStore;

/**
 * A real file whose optional metadata is malformed (a DOI that is not one, a date that does not
 * parse, an ISSN with a wrong check digit, an unreadable concept id, a CAS number with a wrong
 * check digit) loads without that field, with a warning naming the file, the place and the
 * value, in every format. The inputs are the converters' golden files
 * {@code src/test/resources/convert/<format>/malformed-optional-fields.txt}.
 */
class MalformedOptionalFieldsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"pubmed", "jats", "bioc/json", "bioc/xml", "pubtator", "paper-summary", "portal-record",
            "web-article"})
    void theDocumentLoadsWithoutTheFieldAndAWarningSaysWhere(String format) throws Exception {
        Path file = Path.of("src/test/resources/convert", format, "malformed-optional-fields.txt");
        PaperStore store = PaperStore.open(dir.resolve("db"));

        LoadReport r = Loading.run(Publishers.standard(SeedCorpus.BASE, null), store, List.of(file), false);

        FileOutcome f = r.files().get(0);
        assertEquals(FileOutcome.Status.LOADED, f.status(), f.toString());
        assertTrue(r.ok(), r.toString());
        assertFalse(f.graphs().isEmpty());
        assertFalse(f.warnings().isEmpty(), "a warning for each field left out");
        for (String w : f.warnings()) {
            assertTrue(w.matches("LITLOD-CONVERT-(302|80[1-7]) " + java.util.regex.Pattern.quote(file.toString())
                    + "(:\\d+)?: .+ \".*\".* left out"), w);
        }
        for (String bad : List.of("1234-5678", "doi-not-assigned", "DOI pending", "0006-4972", "2345-678X",
                "220127-57-9", "10.5555 / spaced out")) {
            assertFalse(store.contains(null, null, NodeFactory.createLiteralString(bad)), bad + " is not published");
        }
        store.close();
    }

    @org.junit.jupiter.api.Test
    void aBulkLoadStoresThemAllAndReportsTheWarnings() throws Exception {
        List<Path> files = List.of("pubmed", "jats", "bioc/json", "bioc/xml", "pubtator", "paper-summary",
                "portal-record", "web-article").stream()
                .map(f -> Path.of("src/test/resources/convert", f, "malformed-optional-fields.txt")).toList();
        BulkLoad bulk = new BulkLoad(Publishers.standard(SeedCorpus.BASE, null), 2, BulkStore.Loader.PHASED,
                java.time.Duration.ofMinutes(1), p -> { }, l -> { });

        BulkLoadReport r = bulk.run(files, dir.resolve("bulk-db"));

        assertTrue(r.ok(), r.failures().toString());
        assertEquals(8, r.documents());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("LITLOD-CONVERT-803 " + files.get(0) + ": ISSN \"1234-5678\"")),
                r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("LITLOD-CONVERT-302 " + files.get(7) + ":45: ")),
                r.warnings().toString());
    }
}
