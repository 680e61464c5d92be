package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class CuratedLexiconTest {

    private final CompiledLexicon lexicon = Lexicons.curated();

    @Test
    void holdsAtLeastFourHundredConceptsOfEveryType() {
        Map<EntityType, Long> counts = lexicon.concepts().stream()
                .collect(Collectors.groupingBy(Concept::type, Collectors.counting()));
        assertTrue(lexicon.concepts().size() >= 400, "concepts: " + lexicon.concepts().size());
        assertTrue(counts.get(EntityType.GENE) >= 250, counts.toString());
        assertTrue(counts.get(EntityType.DISEASE) >= 150, counts.toString());
        assertTrue(counts.get(EntityType.CHEMICAL) >= 60, counts.toString());
        assertTrue(counts.get(EntityType.SPECIES) >= 20, counts.toString());
    }

    @Test
    void alkHasItsGeneIdHgncIdAndAliases() {
        Concept alk = lexicon.concept(new Identifier(IdScheme.NCBI_GENE, "238")).orElseThrow();
        assertEquals(EntityType.GENE, alk.type());
        assertEquals("ALK receptor tyrosine kinase", alk.preferred());
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "238"), new Identifier(IdScheme.HGNC, "427")),
                alk.ids());
        assertTrue(alk.names().containsAll(List.of("ALK", "CD246", "NBLST3")), alk.names().toString());
        assertEquals("9606", alk.taxon());
    }

    @Test
    void nsclcCarriesMondoFirstThenMesh() {
        Concept nsclc = lexicon.named("non-small cell lung carcinoma").get(0);
        assertEquals(List.of(new Identifier(IdScheme.MONDO, "0005233"), new Identifier(IdScheme.MESH, "D002289")),
                nsclc.ids());
        assertEquals(List.of(new Identifier(IdScheme.MESH, "D002289")),
                lexicon.equivalents(new Identifier(IdScheme.MONDO, "0005233")));
        assertEquals(List.of(new Identifier(IdScheme.MONDO, "0005233")),
                lexicon.equivalents(new Identifier(IdScheme.MESH, "D002289")));
    }

    @Test
    void crizotinibLinksPubChemAndMesh() {
        Concept crizotinib = lexicon.named("Xalkori").get(0);
        assertEquals(new Identifier(IdScheme.PUBCHEM_COMPOUND, "11626560"), crizotinib.id());
        assertEquals(List.of(new Identifier(IdScheme.MESH, "D000077547")),
                lexicon.equivalents(crizotinib.id()));
    }

    @Test
    void mouseIsFoundByCommonName() {
        Concept mouse = lexicon.named("house mouse").get(0);
        assertEquals(new Identifier(IdScheme.NCBI_TAXON, "10090"), mouse.id());
        assertEquals("Mus musculus", mouse.preferred());
    }

    @Test
    void emtIsAnAmbiguousAliasOfItk() {
        Concept itk = lexicon.concept(new Identifier(IdScheme.NCBI_GENE, "3702")).orElseThrow();
        assertTrue(itk.names().contains("EMT"));
        assertTrue(lexicon.ambiguity("EMT").contains(Ambiguity.CURATED));
        assertTrue(lexicon.ambiguity("CML").contains(Ambiguity.SHARED), "BCR alias and the disease");
        assertFalse(lexicon.isAmbiguous("ALK receptor tyrosine kinase"));
        assertTrue(lexicon.ambiguity("ROS").contains(Ambiguity.CURATED));
    }

    @Test
    void listFlagsApplyToGeneConceptsOnly() {
        Concept bcr = lexicon.concept(new Identifier(IdScheme.NCBI_GENE, "613")).orElseThrow();
        Concept cml = lexicon.concept(new Identifier(IdScheme.MESH, "D015464")).orElseThrow();
        assertTrue(cml.names().contains("CML"));
        assertEquals(java.util.EnumSet.of(Ambiguity.CURATED, Ambiguity.SHARED), lexicon.ambiguity(bcr, "CML"));
        assertEquals(java.util.EnumSet.of(Ambiguity.SHARED), lexicon.ambiguity(cml, "CML"));
        Concept atp = lexicon.named("adenosine triphosphate").get(0);
        assertTrue(lexicon.ambiguity("ATP").contains(Ambiguity.STOPLIST));
        assertTrue(lexicon.ambiguity(atp, "ATP").isEmpty(), "ATP is only a gene alias stop word");
    }

    @Test
    void versionNamesTheSources() {
        assertTrue(lexicon.version().startsWith("litlod default lexicon"), lexicon.version());
        assertTrue(lexicon.version().contains("MONDO SSSOM"), lexicon.version());
    }
}
