package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class SssomReaderTest {

    private static final Identifier THROMBOCYTOPENIA = new Identifier(IdScheme.MONDO, "0002049");
    private static final Identifier NSCLC = new Identifier(IdScheme.MONDO, "0005233");

    @Test
    void readsMondosExactMatchesToMesh() throws IOException {
        SssomReader reader = new SssomReader();
        List<CrossLink> links = new ArrayList<>();
        List<SssomMapping> rows = new ArrayList<>();
        try (InputStream in = SharedVocab.open("mondo/mondo_exactmatch_mesh.sssom.tsv")) {
            assertEquals(8181, reader.read(in, m -> {
                rows.add(m);
                m.crossLink().ifPresent(links::add);
            }));
        }
        assertEquals(8181, links.size());
        assertTrue(links.contains(new CrossLink(THROMBOCYTOPENIA, new Identifier(IdScheme.MESH, "D013921"))));
        assertTrue(links.contains(new CrossLink(NSCLC, new Identifier(IdScheme.MESH, "D002289"))));
        SssomMapping nsclc = rows.stream().filter(m -> m.subjectId().equals("MONDO:0005233")).findFirst()
                .orElseThrow();
        assertEquals("non-small cell lung carcinoma", nsclc.subjectLabel());
        assertEquals("http://purl.obolibrary.org/obo/mondo/releases/2026-08-04/mappings/"
                + "mondo_exactmatch_mesh.sssom.tsv", reader.metadata().get("mapping_set_version"));
    }

    @Test
    void mappingsToVocabulariesLitlodDoesNotKnowGiveNoCrossLink() throws IOException {
        List<SssomMapping> rows = new ArrayList<>();
        try (InputStream in = SharedVocab.open(
                "mondo/focus-excerpts/mondo_exactmatch_ncit.focus-excerpt.sssom.tsv")) {
            new SssomReader().read(in, rows::add);
        }
        SssomMapping thrombocytopenia = rows.stream().filter(m -> m.subjectId().equals("MONDO:0002049"))
                .findFirst().orElseThrow();
        assertEquals("NCIT:C3408", thrombocytopenia.objectId());
        assertEquals("Thrombocytopenia", thrombocytopenia.objectLabel());
        assertTrue(thrombocytopenia.isExactMatch());
        assertTrue(thrombocytopenia.crossLink().isEmpty());
    }

    @Test
    void dbXrefRowsAreNotExactMatches() throws IOException {
        List<SssomMapping> rows = new ArrayList<>();
        try (InputStream in = SharedVocab.open(
                "mondo/focus-excerpts/mondo_hasdbxref_mesh.focus-excerpt.sssom.tsv")) {
            new SssomReader().read(in, rows::add);
        }
        assertEquals(7, rows.size());
        assertTrue(rows.stream().allMatch(m -> m.crossLink().isEmpty()));
    }
}
