package org.litlod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/** Identifier strings in PubTator conventions. */
class AnnotationIdsTest {
    private static Identifier mesh(String v) {
        return new Identifier(IdScheme.MESH, v);
    }

    @Test
    void meshWithAndWithoutPrefix() {
        assertEquals(List.of(mesh("D012345")), AnnotationIds.parse("MESH:D012345", EntityType.DISEASE));
        assertEquals(List.of(mesh("C027260")), AnnotationIds.parse("C027260", EntityType.CHEMICAL));
    }

    @Test
    void noIdentifier() {
        for (String none : new String[] {"-", "", "  ", "-1", null}) {
            assertEquals(List.of(), AnnotationIds.parse(none, EntityType.DISEASE), String.valueOf(none));
        }
    }

    @Test
    void severalSeparatedBySemicolonCommaOrBar() {
        List<Identifier> two = List.of(mesh("D007674"), mesh("D008107"));
        assertEquals(two, AnnotationIds.parse("D007674|D008107", EntityType.DISEASE));
        assertEquals(two, AnnotationIds.parse("MESH:D007674;MESH:D008107", EntityType.DISEASE));
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "238"), new Identifier(IdScheme.NCBI_GENE, "4914")),
                AnnotationIds.parse("238,4914", EntityType.GENE));
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "238")), AnnotationIds.parse("238;238", EntityType.GENE));
    }

    @Test
    void numbersDependOnTheType() {
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "5970")), AnnotationIds.parse("5970", EntityType.GENE));
        assertEquals(List.of(new Identifier(IdScheme.NCBI_TAXON, "10090")), AnnotationIds.parse("10090", EntityType.SPECIES));
        assertEquals(List.of(), AnnotationIds.parse("10090", EntityType.DISEASE));
    }

    @Test
    void omimForDiseasesOnly() {
        assertEquals(List.of(new Identifier(IdScheme.OMIM, "176807"), mesh("D011471")),
                AnnotationIds.parse("OMIM:176807|MESH:D011471", EntityType.DISEASE));
        assertEquals(List.of(new Identifier(IdScheme.OMIM, "176807")), AnnotationIds.parse("MIM:176807", EntityType.DISEASE));
        assertEquals(List.of(), AnnotationIds.parse("OMIM:176807", EntityType.GENE));
        assertEquals(List.of(), AnnotationIds.parse("OMIM:17680", EntityType.DISEASE));
    }

    @Test
    void unknownSchemesAreSkipped() {
        assertEquals(List.of(), AnnotationIds.parse("CVCL_0023", EntityType.GENE));
        assertEquals(List.of(), AnnotationIds.parse("CHEBI:15377", EntityType.CHEMICAL));
        assertEquals(List.of(mesh("D009369")), AnnotationIds.parse("CHEBI:1234;MESH:D009369", EntityType.DISEASE));
        assertEquals(List.of(), AnnotationIds.parse("rs113488022", EntityType.VARIANT));
        assertEquals(List.of(), AnnotationIds.parse("MESH:D01", EntityType.DISEASE));
    }

    @Test
    void variantsNormalisedToHgvsWhenPossible() {
        Identifier s161a = new Identifier(IdScheme.HGVS_PROTEIN, "p.Ser161Ala");
        String tmvar = "tmVar:p|SUB|S|161|A;HGVS:p.S161A;VariantGroup:0;CorrespondingGene:64853";
        assertEquals(List.of(s161a), AnnotationIds.parse(tmvar, EntityType.VARIANT));
        assertEquals(List.of(s161a), AnnotationIds.parse("p|SUB|S|161|A", EntityType.VARIANT));
        assertEquals(new Identifier(IdScheme.NCBI_GENE, "64853"), AnnotationIds.variantGene(tmvar));
        assertEquals(List.of(), AnnotationIds.parse("tmVar:p|Allele|S|161;VariantGroup:0", EntityType.VARIANT));
        assertEquals("p.Leu1196Met", ProteinChange.normalise("p.L1196M"));
        assertEquals("p.Leu1196Met", ProteinChange.normalise("p.Leu1196Met"));
        assertEquals("p.Arg273Ter", ProteinChange.normalise("p.R273*"));
        assertNull(ProteinChange.normalise("c.3587G>A"));
        assertNull(ProteinChange.normalise("p.B12C"));
    }

    @Test
    void annotationTypes() {
        assertEquals(EntityType.GENE, AnnotationTypes.of("GeneOrGeneProduct"));
        assertEquals(EntityType.DISEASE, AnnotationTypes.of("DiseaseOrPhenotypicFeature"));
        assertEquals(EntityType.VARIANT, AnnotationTypes.of("ProteinMutation"));
        assertEquals(EntityType.SPECIES, AnnotationTypes.of("Species"));
        assertNull(AnnotationTypes.of("CellLine"));
    }

    @Test
    void ensemblGeneIdsForGenesOnly() {
        Identifier alk = new Identifier(IdScheme.ENSEMBL_GENE, "ENSG00000171094");
        assertEquals(List.of(alk), AnnotationIds.parse("ENSG00000171094", EntityType.GENE));
        assertEquals(List.of(alk), AnnotationIds.parse("Ensembl:ENSG00000171094", EntityType.GENE));
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "238"), alk),
                AnnotationIds.parse("238;ENSG00000171094", EntityType.GENE));
        assertEquals(List.of(), AnnotationIds.parse("ENSG00000171094", EntityType.DISEASE));
    }
}
