package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class GeneInfoReaderTest {

    @Test
    void readsAllHumanGenesFromTheGzippedRelease() throws IOException {
        Map<String, Concept> byId = new HashMap<>();
        int count;
        try (InputStream in = SharedVocab.open("ncbi-gene/Homo_sapiens.gene_info.gz")) {
            count = new GeneInfoReader(Set.of("9606")).read(in, c -> byId.put(c.id().value(), c));
        }
        assertEquals(77_614, count);
        assertEquals(77_614, byId.size());
        Concept alk = byId.get("238");
        assertEquals(EntityType.GENE, alk.type());
        assertEquals("ALK receptor tyrosine kinase", alk.preferred());
        assertEquals(List.of("ALK", "ALK1", "CD246", "NBLST3"), alk.names());
        assertEquals("9606", alk.taxon());
        assertTrue(byId.get("3702").names().contains("EMT"), "ITK has the alias EMT");
        assertEquals("ITK", byId.get("3702").names().get(0));
    }

    @Test
    void readsThePlainHeadAndTheHgncCrossReference() throws IOException {
        List<Concept> genes = new ArrayList<>();
        try (InputStream in = SharedVocab.open("ncbi-gene/Homo_sapiens.gene_info.head27.tsv")) {
            new GeneInfoReader(Set.of()).read(in, genes::add);
        }
        assertEquals(27, genes.size());
        Concept a1bg = genes.get(0);
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "1"), new Identifier(IdScheme.HGNC, "5")),
                a1bg.ids());
        assertEquals("alpha-1-B glycoprotein", a1bg.preferred());
        assertEquals(List.of("A1BG", "A1B", "ABG", "GAB", "HYST2477"), a1bg.names());
    }

    @Test
    void keepsOnlyTheRequestedTaxa() throws IOException {
        List<Concept> genes = new ArrayList<>();
        try (InputStream in = SharedVocab.open("ncbi-gene/Homo_sapiens.gene_info.head27.tsv")) {
            assertEquals(0, new GeneInfoReader(Set.of("10090")).read(in, genes::add));
        }
        assertFalse(genes.iterator().hasNext());
    }
}
