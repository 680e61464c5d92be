package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class CuriesTest {

    @Test
    void parsesThePrefixesOfTheVocabularyFiles() {
        assertEquals(new Identifier(IdScheme.MESH, "D002289"), Curies.require("mesh:D002289"));
        assertEquals(new Identifier(IdScheme.MONDO, "0005233"), Curies.require("MONDO:0005233"));
        assertEquals(new Identifier(IdScheme.HGNC, "427"), Curies.require("HGNC:427"));
        assertEquals(new Identifier(IdScheme.HGNC, "5"), Curies.require("HGNC:HGNC:5"));
        assertEquals(new Identifier(IdScheme.PUBCHEM_COMPOUND, "11626560"),
                Curies.require("PUBCHEM.COMPOUND:11626560"));
        assertTrue(Curies.parse("NCIT:C3408").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Curies.require("DOID:3908"));
    }

    @Test
    void formatsWhatItParses() {
        Identifier gene = new Identifier(IdScheme.NCBI_GENE, "238");
        assertEquals("NCBIGene:238", Curies.format(gene));
        assertEquals(gene, Curies.require(Curies.format(gene)));
    }

    @Test
    void readsTheIrisOfMondoAndMesh() {
        assertEquals(new Identifier(IdScheme.MONDO, "0005070"),
                Curies.fromIri("http://purl.obolibrary.org/obo/MONDO_0005070").orElseThrow());
        assertEquals(new Identifier(IdScheme.MESH, "D009369"),
                Curies.fromIri("http://id.nlm.nih.gov/mesh/D009369").orElseThrow());
        assertTrue(Curies.fromIri("http://purl.obolibrary.org/obo/HP_0001873").isEmpty());
    }

    @Test
    void readsEnsemblGeneIds() {
        Identifier alk = new Identifier(IdScheme.ENSEMBL_GENE, "ENSG00000171094");
        assertEquals(alk, Curies.require("Ensembl:ENSG00000171094"));
        assertEquals(alk, Curies.fromIri("http://identifiers.org/ensembl/ENSG00000171094").orElseThrow());
        assertEquals(alk, Curies.require(Curies.format(alk)));
    }
}
