package org.litlod.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/** Every model scheme has its descriptor in the registry; the order and types are those of before. */
class SchemesTest {

    @Test
    void everyModelSchemeHasADescriptorOfItsName() {
        for (IdScheme s : IdScheme.values()) {
            assertNotNull(Schemes.of(s), s.name());
            assertEquals(s.name(), Schemes.of(s).name());
            assertEquals(s, Schemes.key(Schemes.of(s)).orElseThrow());
        }
    }

    @Test
    void theCanonicalOrderIsTheOneTheMapperAndTheMergerUsed() {
        assertEquals(List.of(IdScheme.MONDO, IdScheme.NCBI_GENE, IdScheme.NCBI_TAXON, IdScheme.PUBCHEM_COMPOUND,
                IdScheme.MESH, IdScheme.OMIM, IdScheme.HGNC, IdScheme.ENSEMBL_GENE, IdScheme.CAS,
                IdScheme.HGVS_PROTEIN), Schemes.canonicalOrder());
    }

    @Test
    void theEntityTypeOfEachScheme() {
        assertEquals(EntityType.DISEASE, Schemes.entityType(IdScheme.MONDO));
        assertEquals(EntityType.DISEASE, Schemes.entityType(IdScheme.OMIM));
        assertEquals(EntityType.GENE, Schemes.entityType(IdScheme.NCBI_GENE));
        assertEquals(EntityType.GENE, Schemes.entityType(IdScheme.HGNC));
        assertEquals(EntityType.GENE, Schemes.entityType(IdScheme.ENSEMBL_GENE));
        assertEquals(EntityType.SPECIES, Schemes.entityType(IdScheme.NCBI_TAXON));
        assertEquals(EntityType.CHEMICAL, Schemes.entityType(IdScheme.PUBCHEM_COMPOUND));
        assertEquals(EntityType.VARIANT, Schemes.entityType(IdScheme.HGVS_PROTEIN));
        assertNull(Schemes.entityType(IdScheme.MESH));
        assertNull(Schemes.entityType(IdScheme.CAS));
    }

    @Test
    void ensemblGenesArePublishedLikeTheOtherGenes() {
        Identifier alk = new Identifier(IdScheme.ENSEMBL_GENE, "ENSG00000171094");
        assertEquals(new PublishedId("http://identifiers.org/ensembl/ENSG00000171094",
                List.of("http://purl.uniprot.org/ensembl/ENSG00000171094"), "ENSG00000171094"), EntityIds.of(alk));
        assertEquals(alk, Schemes.fromIri("http://purl.uniprot.org/ensembl/ENSG00000171094").orElseThrow());
        assertEquals("ENSEMBL:ENSG00000171094", Schemes.curie(alk));
    }

    @Test
    void paperAndPersonSchemesHaveNoModelScheme() {
        assertEquals(java.util.Optional.empty(),
                Schemes.key(org.litlod.schemes.IdentifierSchemes.DOI));
    }
}
