package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.litlod.tag.Concept;

class MedicReaderTest {

    @Test
    void readsMeshDiseasesWithSynonymsAndCountsOmimOnlyRows() throws IOException {
        String text = "# DiseaseName\tDiseaseID\tAltDiseaseIDs\tDefinition\tParentIDs\tTreeNumbers\t"
                + "ParentTreeNumbers\tSynonyms\tSlimMappings\n"
                + "Kidney Diseases\tMESH:D007674\t\t\t\tC12.777.419\tC12.777\tDiseases, Kidney|Renal Disease\tx\n"
                + "18-Hydroxylase deficiency\tMESH:C537806\tOMIM:203400\t\t\t\t\tCMO I deficiency\tx\n"
                + "Some syndrome\tOMIM:100050\t\t\t\t\t\tSyndrome, Some\tx\n";
        MedicReader reader = new MedicReader();
        List<Concept> out = new ArrayList<>();
        assertEquals(2, reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), out::add));
        assertEquals(1, reader.omimOnly());
        Concept kidney = out.get(0);
        assertEquals(EntityType.DISEASE, kidney.type());
        assertEquals(new Identifier(IdScheme.MESH, "D007674"), kidney.id());
        assertTrue(kidney.names().contains("Kidney Diseases") || kidney.preferred().equals("Kidney Diseases"));
        assertTrue(kidney.names().contains("Renal Disease"));
        assertEquals(new Identifier(IdScheme.MESH, "C537806"), out.get(1).id());
    }
}
