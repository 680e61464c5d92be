package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;

class MeshXmlReaderTest {

    private static Map<String, MeshRecord> read(String file, int expected) throws IOException {
        Map<String, MeshRecord> records = new HashMap<>();
        try (InputStream in = SharedVocab.open(file)) {
            assertEquals(expected, new MeshXmlReader().read(in, r -> records.put(r.ui().value(), r)));
        }
        return records;
    }

    @Test
    void readsDescriptorsWithTreesAndTerms() throws IOException {
        Map<String, MeshRecord> records = read("mesh/desc-samples.xml", 43);
        MeshRecord neoplasms = records.get("D009369");
        assertEquals("Neoplasms", neoplasms.label());
        assertEquals(List.of("C04"), neoplasms.treeNumbers());
        assertEquals(EntityType.DISEASE, neoplasms.type());
        assertTrue(neoplasms.names().containsAll(List.of("Neoplasm", "Tumors", "Tumor", "Neoplasia", "Cancer")),
                neoplasms.names().toString());
        assertFalse(neoplasms.names().contains("diagnosis"), "qualifier names are not terms");
        assertEquals("Neoplasms", neoplasms.toConcept().orElseThrow().preferred());
        assertEquals(EntityType.SPECIES, records.get("D006801").type(), "Humans is an organism (B01)");
        assertEquals(EntityType.CHEMICAL, records.get("D000001").type(), "Calcimycin (D03)");
    }

    @Test
    void readsSupplementaryRecordsTypedByTheirClass() throws IOException {
        Map<String, MeshRecord> records = read("mesh/supp-samples.xml", 19);
        MeshRecord tyk2 = records.get("C566928");
        assertEquals("Tyrosine Kinase 2 Deficiency", tyk2.label());
        assertEquals(EntityType.DISEASE, tyk2.type());
        assertEquals(EntityType.CHEMICAL, records.get("C025735").type());
        assertNull(records.get("C038409").type(), "ABC protocol is a protocol");
        assertTrue(records.get("C038409").toConcept().isEmpty());
    }

    @Test
    void resolvesNoExternalEntity() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE DescriptorRecordSet [\n"
                + "<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
                + "<DescriptorRecordSet><DescriptorRecord><DescriptorUI>D000001</DescriptorUI>"
                + "<DescriptorName><String>&secret;</String></DescriptorName></DescriptorRecord>"
                + "</DescriptorRecordSet>";
        List<MeshRecord> records = new ArrayList<>();
        try {
            new MeshXmlReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), records::add);
        } catch (IOException refused) {
            return;
        }
        assertEquals(1, records.size());
        assertTrue(records.get(0).label() == null || records.get(0).label().isEmpty(),
                "entity must not be expanded: " + records.get(0).label());
    }

    @Test
    void malformedXmlIsAnIoException() {
        InputStream in = new ByteArrayInputStream("<DescriptorRecordSet><Desc".getBytes(StandardCharsets.UTF_8));
        assertThrows(IOException.class, () -> new MeshXmlReader().read(in, r -> { }));
    }
}
