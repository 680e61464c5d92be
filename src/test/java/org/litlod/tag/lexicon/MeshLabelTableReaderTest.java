package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class MeshLabelTableReaderTest {

    @Test
    void typesEachRecordByTheDatabaseItMapsTo() throws Exception {
        String table = "MESH\tD000077547\tCrizotinib\tCHEBI\tCHEBI:64310\tcrizotinib\n"
                + "MESH\tD013921\tThrombocytopenia\tDOID\tDOID:1588\tthrombocytopenia\n"
                + "MESH\tD000001\tSomething\tGO\tGO:0000001\tsomething\n"
                + "MESH\tnot-an-id\tBroken\tCHEBI\tCHEBI:1\tbroken\n";
        List<Concept> out = new ArrayList<>();
        int n = new MeshLabelTableReader().read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), out::add);
        assertEquals(2, n);
        assertEquals(new Concept(EntityType.CHEMICAL, List.of(new Identifier(IdScheme.MESH, "D000077547")),
                "Crizotinib", List.of(), null), out.get(0));
        assertEquals(EntityType.DISEASE, out.get(1).type());
    }

    @Test
    void readsTheRealTable() throws Exception {
        List<Concept> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(SharedVocab.file("mesh/mesh_mappings.tsv"))) {
            new MeshLabelTableReader().read(in, out::add);
        }
        assertTrue(out.stream().anyMatch(c -> c.type() == EntityType.CHEMICAL
                && c.id().equals(new Identifier(IdScheme.MESH, "D000077547"))), "crizotinib is a chemical");
        assertTrue(out.size() > 10_000, "read " + out.size());
    }
}
