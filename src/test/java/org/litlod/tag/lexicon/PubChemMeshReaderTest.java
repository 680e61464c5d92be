package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class PubChemMeshReaderTest {

    @Test
    void readsTheCidToMeshUiTable() throws IOException {
        List<PubChemMeshReader.CidMesh> pairs = new ArrayList<>();
        try (InputStream in = SharedVocab.open("pubchem/pubchem_mesh_map.tsv")) {
            assertEquals(74_801, new PubChemMeshReader().read(in, pairs::add));
        }
        PubChemMeshReader.CidMesh crizotinib = pairs.stream()
                .filter(p -> p.mesh().equals("D000077547")).findFirst().orElseThrow();
        assertEquals(new Identifier(IdScheme.PUBCHEM_COMPOUND, "11626560"), crizotinib.cid());
        assertEquals(new CrossLink(crizotinib.cid(), new Identifier(IdScheme.MESH, "D000077547")),
                crizotinib.crossLink().orElseThrow());
    }

    @Test
    void readsPubChemsOwnLayoutWithHeadingNames() throws IOException {
        List<PubChemMeshReader.CidMesh> pairs = new ArrayList<>();
        try (InputStream in = SharedVocab.resource("cid-mesh.tsv")) {
            assertEquals(4, new PubChemMeshReader().read(in, pairs::add));
        }
        assertEquals("Acetaminophen", pairs.get(0).mesh());
        assertFalse(pairs.get(0).isUi());
        assertTrue(pairs.get(0).crossLink().isEmpty());
        assertEquals(List.of("Aspirin", "Salicylates"),
                pairs.stream().filter(p -> p.cid().value().equals("2244")).map(p -> p.mesh()).toList());
    }
}
