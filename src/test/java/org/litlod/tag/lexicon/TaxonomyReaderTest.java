package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class TaxonomyReaderTest {

    private static Map<String, Taxon> read(Set<String> ranks) throws IOException {
        Map<String, Taxon> taxa = new HashMap<>();
        try (InputStream names = SharedVocab.open("ncbi-taxonomy/names.dmp");
             InputStream nodes = SharedVocab.open("ncbi-taxonomy/nodes.dmp")) {
            new TaxonomyReader(ranks, Set.of()).read(names, nodes, t -> taxa.put(t.id(), t));
        }
        return taxa;
    }

    @Test
    void mouseHasItsScientificAndCommonNamesAndRank() throws IOException {
        Taxon mouse = read(Set.of("species")).get("10090");
        assertEquals("Mus musculus", mouse.scientificName());
        assertEquals("species", mouse.rank());
        assertEquals("862507", mouse.parent());
        assertTrue(mouse.names().contains("house mouse"), mouse.names().toString());
        assertTrue(mouse.names().contains("mouse"));
        assertFalse(mouse.names().contains("nude mice"), "'includes' names are left out");
        assertFalse(mouse.names().contains("Mus musculus Linnaeus, 1758"), "authorities are left out");
        assertEquals(new Identifier(IdScheme.NCBI_TAXON, "10090"), mouse.toConcept().id());
    }

    @Test
    void humanHasGenbankCommonName() throws IOException {
        Taxon human = read(Set.of("species")).get("9606");
        assertEquals("Homo sapiens", human.scientificName());
        assertEquals("human", human.names().get(0));
    }

    @Test
    void rankFilterKeepsOnlyThoseRanks() throws IOException {
        Map<String, Taxon> species = read(Set.of("species"));
        assertFalse(species.containsKey("10088"), "Mus is a genus");
        Map<String, Taxon> genera = read(Set.of("genus"));
        assertEquals("Mus", genera.get("10088").scientificName());
        assertNull(genera.get("10090"));
    }
}
