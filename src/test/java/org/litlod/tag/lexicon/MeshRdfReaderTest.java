package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;

class MeshRdfReaderTest {

    private static Map<String, MeshRecord> read(String file) throws IOException {
        Map<String, MeshRecord> records = new HashMap<>();
        try (InputStream in = SharedVocab.open(file)) {
            new MeshRdfReader().read(in, r -> records.put(r.ui().value(), r));
        }
        return records;
    }

    @Test
    void readsDescriptorLabelsThroughConceptsAndTerms() throws IOException {
        Map<String, MeshRecord> records = read("mesh/samples.nt");
        MeshRecord neoplasms = records.get("D009369");
        assertEquals("Neoplasms", neoplasms.label());
        assertEquals(EntityType.DISEASE, neoplasms.type());
        assertEquals(List.of("C04"), neoplasms.treeNumbers());
        assertTrue(neoplasms.names().containsAll(List.of("Tumors", "Tumor", "Neoplasia", "Cancer")),
                neoplasms.names().toString());
        assertEquals("Humans", records.get("D006801").label());
        assertEquals(EntityType.SPECIES, records.get("D006801").type());
    }

    @Test
    void typesSupplementaryRecordsByTheirClass() throws IOException {
        Map<String, MeshRecord> records = read("mesh/samples.nt");
        assertEquals(EntityType.DISEASE, records.get("C535927").type());
        assertEquals("Chitayat Moore Del Bigio syndrome", records.get("C535927").label());
        long chemicals = records.values().stream().filter(r -> r.ui().value().startsWith("C")
                && r.type() == EntityType.CHEMICAL).count();
        assertEquals(12, chemicals);
    }

    @Test
    void keepsOnlyEnglishLabels() throws IOException {
        Map<String, MeshRecord> records = new HashMap<>();
        try (InputStream in = SharedVocab.open("mesh/cns-disease-2014AB.nt")) {
            assertEquals(0, new MeshRdfReader().read(in, r -> records.put(r.ui().value(), r)),
                    "the file has labels but no rdf:type, so no record is typed");
        }
        try (InputStream in = new java.io.SequenceInputStream(SharedVocab.open("mesh/cns-disease-2014AB.nt"),
                new java.io.ByteArrayInputStream(("<http://id.nlm.nih.gov/mesh/D002493> "
                        + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                        + "<http://id.nlm.nih.gov/mesh/vocab#TopicalDescriptor> .\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
            new MeshRdfReader().read(in, r -> records.put(r.ui().value(), r));
        }
        MeshRecord cns = records.get("D002493");
        assertEquals("Central Nervous System Diseases", cns.label());
        assertFalse(cns.names().contains("Maladie du système nerveux central"));
    }
}
