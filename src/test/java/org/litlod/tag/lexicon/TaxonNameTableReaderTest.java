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

class TaxonNameTableReaderTest {

    @Test
    void keepsTextNamesAndPrefersTheNameStrainsBeginWith() throws IOException {
        String table = "tax_id\tgenus\tspecies\n"
                + "561\tEscherichia\tNA\n"
                + "562\tBacillus\tcoli\n"
                + "562\tEscherichia\tcoli\n"
                + "83333\tEscherichia\tcoli K-12\n"
                + "83334\tEscherichia\tcoli O157:H7\n"
                + "83273\tVibrio\tsp. Lu4\n"
                + "11676\tHuman\timmunodeficiency virus 1\n"
                + "1256227\tindoor\tmetagenome\n"
                + "5833\tPlasmodium\tfalciparum\n";
        List<Concept> out = new ArrayList<>();
        int n = new TaxonNameTableReader().read(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), out::add);
        assertEquals(3, n, out.toString());
        Concept coli = out.get(0);
        assertEquals("562", coli.id().value());
        assertEquals(EntityType.SPECIES, coli.type());
        assertEquals("Escherichia coli", coli.preferred());
        assertEquals(List.of("Bacillus coli"), coli.names());
        assertEquals("Human immunodeficiency virus 1", out.get(1).preferred());
        assertEquals("Plasmodium falciparum", out.get(2).preferred());
    }

    @Test
    void placeholdersAndStrainDesignationsAreNoNames() {
        assertFalse(TaxonNameTableReader.usable("Vibrio", "sp. Lu4"));
        assertFalse(TaxonNameTableReader.usable("uncultured", "bacterium"));
        assertFalse(TaxonNameTableReader.usable("Escherichia", "coli K-12"));
        assertFalse(TaxonNameTableReader.usable("Cloning", "vector pPLEX-4002"));
        assertTrue(TaxonNameTableReader.usable("Mus", "musculus domesticus"));
        assertTrue(TaxonNameTableReader.usable("Hepatitis", "B virus"));
    }
}
