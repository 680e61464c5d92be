package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;

class MeshBranchesTest {

    private final MeshBranches branches = new MeshBranches();

    @Test
    void diseasesAreTheCBranchAndMentalDisorders() {
        assertEquals(EntityType.DISEASE, branches.typeOf(List.of("C04.588.894")));
        assertEquals(EntityType.DISEASE, branches.typeOf(List.of("F03.600.300")));
        assertNull(branches.typeOf(List.of("F01.145")), "behaviour is not a disease");
    }

    @Test
    void smallMoleculesCoenzymesAminoAcidsAndPeptidesAreChemicals() {
        assertEquals(EntityType.CHEMICAL, branches.typeOf(List.of("D02.455.426")));
        assertEquals(EntityType.CHEMICAL, branches.typeOf(List.of("D08.211.589")), "NAD, a coenzyme");
        assertEquals(EntityType.CHEMICAL, branches.typeOf(List.of("D12.125.067")), "an amino acid");
        assertEquals(EntityType.CHEMICAL, branches.typeOf(List.of("D12.644.641.235.300", "D04.345")), "cyclosporine");
    }

    @Test
    void enzymesAndProteinsNeverAreEvenWhenAlsoPeptides() {
        assertNull(branches.typeOf(List.of("D08.811.682")));
        assertNull(branches.typeOf(List.of("D12.644.276.954", "D12.776.467.942")), "a growth factor");
    }

    @Test
    void classesAndFactorsAreChemicalsOnlyWhenAlsoInACountedBranch() {
        assertNull(branches.typeOf(List.of("D27.505.954.427")), "a drug class");
        assertNull(branches.typeOf(List.of("D23.050.327")), "an antigen");
        assertEquals(EntityType.CHEMICAL, branches.typeOf(List.of("D23.101.100", "D02.092.211")), "serotonin");
    }

    @Test
    void organismsAreNotMeshEntitiesAndDiseaseWinsOverChemical() {
        assertNull(branches.typeOf(List.of("B01.050.150")));
        assertNull(branches.typeOf(List.of()));
        assertEquals(EntityType.DISEASE, branches.typeOf(List.of("D02.1", "C25.100")));
    }
}
