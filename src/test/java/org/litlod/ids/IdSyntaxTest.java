package org.litlod.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/** Syntax of every identifier scheme, valid and malformed. */
class IdSyntaxTest {

    @ParameterizedTest
    @CsvSource({"MONDO,0002049", "MESH,D013921", "MESH,C000589078", "NCBI_GENE,238",
        "NCBI_TAXON,9606", "PUBCHEM_COMPOUND,11597571", "CAS,877399-52-5", "CAS,7732-18-5",
        "HGNC,427", "HGVS_PROTEIN,p.Leu1196Met", "HGVS_PROTEIN,p.Cys1156Tyr",
        "HGVS_PROTEIN,p.(Gly1202Arg)", "HGVS_PROTEIN,p.Arg97fs", "HGVS_PROTEIN,p.Trp24Ter"})
    void valid(IdScheme scheme, String value) {
        assertTrue(IdSyntax.isValid(new Identifier(scheme, value)), scheme + ":" + value);
    }

    @ParameterizedTest
    @CsvSource({"MONDO,abc", "MONDO,MONDO:0002049", "MONDO,000204", "MESH,MESH:D013921",
        "MESH,Q000235", "MESH,D01392", "NCBI_GENE,0", "NCBI_GENE,-5", "NCBI_GENE,ALK",
        "NCBI_TAXON,9606.0", "PUBCHEM_COMPOUND,CID11597571", "CAS,877399-52-4", "CAS,877399525",
        "HGNC,HGNC:427", "HGVS_PROTEIN,L1196M", "HGVS_PROTEIN,p.Xyz12Abc"})
    void malformed(IdScheme scheme, String value) {
        assertFalse(IdSyntax.isValid(new Identifier(scheme, value)), scheme + ":" + value);
    }

    @Test
    void checkNamesTheIdentifier() {
        MalformedIdentifierException e = assertThrows(MalformedIdentifierException.class,
                () -> IdSyntax.check(new Identifier(IdScheme.MONDO, "abc")));
        assertEquals("LITLOD-ID-001 malformed MONDO identifier 'abc': expected 7 digits (0002049)",
                e.getMessage());
        assertEquals("MONDO:abc", e.identifier());
    }

    @Test
    void casCheckDigit() {
        // 877399-52-5: 2*5 + 5*1 ... computed by position from the right
        assertEquals(5, CasNumber.checkDigit("87739952"));
        assertTrue(CasNumber.isValid("50-00-0"));
        assertFalse(CasNumber.isValid("50-00-1"));
    }
}
