package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;

class MeshTermTableReaderTest {

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<MeshRecord> read(String trees, String table) throws IOException {
        MeshTrees t = MeshTrees.read(in(trees));
        List<MeshRecord> out = new ArrayList<>();
        new MeshTermTableReader(t, new MeshBranches()).read(in(table), out::add);
        return out;
    }

    @Test
    void typesByTreeAndGivesInvertedTermsInTextOrder() throws IOException {
        String trees = "\uFEFFTree Number\tDesc Ui\tTerm\n"
                + "C15.378.071.141\tD000743\tAnemia, Hemolytic\n"
                + "D03.633.100\tD016572\tCyclosporine\n"
                + "A01.111\tD059925\tAnatomic Landmarks\n";
        String table = "D000743\tAnemia, Hemolytic\tHemolytic Anemia|Anemias, Hemolytic\n"
                + "D016572\tCyclosporine\tCyclosporin A|Sandimmune\n"
                + "D059925\tAnatomic Landmarks\t\n"
                + "D999999\tNo Tree Heading\tx\n";
        List<MeshRecord> records = read(trees, table);
        assertEquals(2, records.size(), "anatomy and descriptors without a tree are left out");
        MeshRecord anemia = records.get(0);
        assertEquals(EntityType.DISEASE, anemia.type());
        assertEquals("Anemia, Hemolytic", anemia.label());
        assertTrue(anemia.names().contains("Hemolytic Anemias"), anemia.names().toString());
        MeshRecord cyclosporine = records.get(1);
        assertEquals(EntityType.CHEMICAL, cyclosporine.type());
        assertTrue(cyclosporine.names().contains("Cyclosporin A"));
    }

    @Test
    void theTableNeedsTheTrees() {
        assertThrows(IllegalArgumentException.class,
                () -> LexiconSources.builder().meshTable(java.nio.file.Path.of("t.tsv")).build());
    }

    @Test
    void invertedTermsReadBackwardsUnlessTheCommaIsPartOfAName() {
        assertEquals(List.of("Acute Myeloid Leukemia"), InvertedTerms.textOrder("Leukemia, Myeloid, Acute"));
        assertEquals(List.of(), InvertedTerms.textOrder("1,2-Dihydroxybenzene"));
        assertEquals(List.of(), InvertedTerms.textOrder("Receptors, Opioid (delta)"));
        assertEquals(List.of(), InvertedTerms.textOrder("Lung Neoplasms"));
    }
}
