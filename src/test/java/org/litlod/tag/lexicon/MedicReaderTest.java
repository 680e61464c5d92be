package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class MedicReaderTest {

    @Test
    void readsMeshAndOmimDiseasesWithSynonymsAndMergedOmimEntries() throws IOException {
        String text = "# DiseaseName\tDiseaseID\tAltDiseaseIDs\tDefinition\tParentIDs\tTreeNumbers\t"
                + "ParentTreeNumbers\tSynonyms\tSlimMappings\n"
                + "Kidney Diseases\tMESH:D007674\t\t\t\tC12.777.419\tC12.777\tDiseases, Kidney|Renal Disease\tx\n"
                + "18-Hydroxylase deficiency\tMESH:C537806\tOMIM:203400\t\t\t\t\tCMO I deficiency\tx\n"
                + "COMPLEMENT COMPONENT 2 DEFICIENCY\tOMIM:217000\tDO:DOID:0000\t\tMESH:D007153\t\t\t"
                + "C2 DEFICIENCY|C2D|HEMOLYTIC COMPLEMENT, INCLUDED\tx\n"
                + "Unusable row\tDO:DOID:1234\t\t\t\t\t\tNothing\tx\n";
        MedicReader reader = new MedicReader();
        List<Concept> out = new ArrayList<>();
        assertEquals(3, reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), out::add));
        assertEquals(1, reader.omimRows());
        assertEquals(1, reader.mergedOmim());
        Concept kidney = out.get(0);
        assertEquals(EntityType.DISEASE, kidney.type());
        assertEquals(new Identifier(IdScheme.MESH, "D007674"), kidney.id());
        assertTrue(kidney.names().contains("Kidney Diseases") || kidney.preferred().equals("Kidney Diseases"));
        assertTrue(kidney.names().contains("Renal Disease"));
        assertEquals(List.of(new Identifier(IdScheme.MESH, "C537806"), new Identifier(IdScheme.OMIM, "203400")),
                out.get(1).ids());
        Concept c2 = out.get(2);
        assertEquals(List.of(new Identifier(IdScheme.OMIM, "217000")), c2.ids());
        assertEquals("complement component 2 deficiency", c2.preferred());
        assertTrue(c2.names().contains("C2 deficiency"), c2.names().toString());
        assertFalse(c2.names().contains("C2D"), c2.names().toString());
        assertFalse(c2.names().stream().anyMatch(n -> n.toLowerCase().contains("hemolytic")), c2.names().toString());
    }
}
