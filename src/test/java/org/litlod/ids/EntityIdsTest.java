package org.litlod.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/** Canonical IRI, exactMatch IRIs and literal per scheme, as IDENTIFIERS.md prescribes. */
class EntityIdsTest {

    private static PublishedId of(IdScheme s, String v) {
        return EntityIds.of(new Identifier(s, v));
    }

    @Test
    void ncbiGene() {
        assertEquals(new PublishedId("http://identifiers.org/ncbigene/238",
                List.of("http://purl.uniprot.org/geneid/238", "https://www.ncbi.nlm.nih.gov/gene/238"), "238"),
                of(IdScheme.NCBI_GENE, "238"));
    }

    @Test
    void mondo() {
        assertEquals(new PublishedId("http://purl.obolibrary.org/obo/MONDO_0002049", List.of(), "MONDO:0002049"),
                of(IdScheme.MONDO, "0002049"));
    }

    @Test
    void mesh() {
        assertEquals(new PublishedId("http://id.nlm.nih.gov/mesh/D013921",
                List.of("http://identifiers.org/mesh/D013921"), "D013921"), of(IdScheme.MESH, "D013921"));
    }

    @Test
    void taxon() {
        assertEquals(new PublishedId("http://purl.obolibrary.org/obo/NCBITaxon_9606",
                List.of("http://purl.uniprot.org/taxonomy/9606", "http://identifiers.org/taxonomy/9606"), "9606"),
                of(IdScheme.NCBI_TAXON, "9606"));
    }

    @Test
    void pubchemCompound() {
        assertEquals(new PublishedId("http://rdf.ncbi.nlm.nih.gov/pubchem/compound/CID11597571", List.of(),
                "11597571"), of(IdScheme.PUBCHEM_COMPOUND, "11597571"));
    }

    @Test
    void hgnc() {
        assertEquals(new PublishedId("http://identifiers.org/hgnc/427", List.of(), "HGNC:427"),
                of(IdScheme.HGNC, "427"));
    }

    @Test
    void omim() {
        assertEquals(new PublishedId("https://omim.org/entry/300322",
                List.of("http://purl.uniprot.org/mim/300322", "http://identifiers.org/omim/300322"), "300322"),
                of(IdScheme.OMIM, "300322"));
        assertThrows(MalformedIdentifierException.class, () -> of(IdScheme.OMIM, "30032"));
    }

    @Test
    void malformedAndIrilessSchemesAreRejected() {
        assertThrows(MalformedIdentifierException.class, () -> of(IdScheme.MONDO, "abc"));
        assertThrows(MalformedIdentifierException.class, () -> of(IdScheme.NCBI_GENE, "0238x"));
        assertThrows(IllegalArgumentException.class, () -> of(IdScheme.CAS, "877399-52-5"));
    }

    @Test
    void wellFormedDropsOnlyTheBadIdentifiers() {
        assertEquals(new org.litlod.model.DocumentIds(null, "22277784", null), PaperIds.wellFormed(
                new org.litlod.model.DocumentIds("doi:10.1/x", "22277784", "12589124")));
    }

    @Test
    void paperSameAs() {
        assertEquals(List.of("https://doi.org/10.1038/s41375-025-02729-w",
                "http://rdf.ncbi.nlm.nih.gov/pubmed/22277784", "https://europepmc.org/articles/PMC12589124"),
                PaperIds.sameAs(new org.litlod.model.DocumentIds("10.1038/s41375-025-02729-w", "22277784",
                        "PMC12589124")));
        assertEquals("https://doi.org/10.1002/%28SICI%291097-4636%3C1%3E",
                PaperIds.doiIri("10.1002/(SICI)1097-4636<1>"));
    }
}
