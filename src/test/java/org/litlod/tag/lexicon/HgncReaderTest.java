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

class HgncReaderTest {

    @Test
    void readsTheCustomDownloadLayout() throws IOException {
        List<Concept> genes = new ArrayList<>();
        try (InputStream in = SharedVocab.open("hgnc/hgnc_entries.focus-excerpt.tsv")) {
            assertEquals(18, new HgncReader().read(in, genes::add));
        }
        Concept alk = genes.stream().filter(g -> g.names().contains("ALK")).findFirst().orElseThrow();
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "238"), new Identifier(IdScheme.HGNC, "427")),
                alk.ids());
        assertEquals("anaplastic lymphoma receptor tyrosine kinase", alk.preferred());
        Concept aurka = genes.stream().filter(g -> g.names().contains("AURKA")).findFirst().orElseThrow();
        assertEquals(List.of("AURKA", "BTAK", "AurA", "STK7", "ARK1", "PPP1R47", "AIK"), aurka.names());
        assertEquals("9606", aurka.taxon());
    }

    @Test
    void readsTheCompleteSetLayoutAndSkipsWithdrawnEntries() throws IOException {
        List<Concept> genes = new ArrayList<>();
        try (InputStream in = SharedVocab.resource("hgnc_complete_set.sample.tsv")) {
            assertEquals(2, new HgncReader().read(in, genes::add));
        }
        Concept ros1 = genes.get(1);
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "6098"), new Identifier(IdScheme.HGNC, "10261")),
                ros1.ids());
        assertTrue(ros1.names().containsAll(List.of("ROS1", "ROS", "MCF3", "c-ros-1")), ros1.names().toString());
    }
}
