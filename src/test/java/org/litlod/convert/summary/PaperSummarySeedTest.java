package org.litlod.convert.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litlod.convert.Seeds;
import org.litlod.model.Author;
import org.litlod.model.Document;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Link;
import org.litlod.model.ListedEntity;
import org.litlod.model.OmittedContent;
import org.litlod.model.PublicationDate;

/** Specific facts of seed 000 (a paper summary). */
class PaperSummarySeedTest {
    private static Document doc;

    @BeforeAll
    static void convert() throws Exception {
        List<Document> docs = new PaperSummaryConverter().convert(Seeds.load("000"));
        assertEquals(1, docs.size());
        doc = docs.get(0);
    }

    @Test
    void titleAndAuthorsInOrder() {
        assertEquals("Unraveling the impact of crizotinib to promote megakaryopoiesis for alleviating "
                + "thrombocytopenia in myelodysplastic neoplasms", doc.title());
        List<String> names = doc.authors().stream().map(Author::name).toList();
        assertEquals(11, names.size());
        assertEquals("Hiroki Kobayashi", names.get(0));
        assertEquals("Yasushige Kamimura-Aoyagi", names.get(5));
        assertEquals("Hironori Harada", names.get(10));
    }

    @Test
    void headerLine() {
        assertEquals("10.1038/s41375-025-02729-w", doc.ids().doi());
        assertEquals("PMC", doc.sourceDatabase());
        assertEquals("Leukemia", doc.venue().journal());
        assertEquals(new PublicationDate(2025, 8, 14), doc.published());
        assertEquals("PMC12589124", doc.ids().pmcid());
        assertNull(doc.ids().pmid());
    }

    @Test
    void summaryParts() {
        assertTrue(doc.summary().tldr().startsWith("This study shows that crizotinib"));
        assertTrue(doc.summary().contribution().endsWith("not its usual targets."));
        assertEquals(3, doc.summary().keyFindings().size());
        assertEquals("The drug's effect is mediated through Aurora kinases, not ALK/ROS1/c-MET.",
                doc.summary().keyFindings().get(2));
        assertTrue(doc.abstractText().startsWith("Current therapeutic options"));
        assertTrue(doc.abstractText().endsWith("quality of life concerns."));
    }

    @Test
    void geneIdentifiersAndSynonyms() {
        assertEquals(new Identifier(IdScheme.NCBI_GENE, "238"), fullText("ALK").ids().get(0));
        assertEquals(new Identifier(IdScheme.NCBI_GENE, "6098"), fullText("ROS1").ids().get(0));
        ListedEntity met = fullText("MET");
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "4233")), met.ids());
        assertEquals(List.of("AUTS9", "DA11", "DFNB97", "HGFR", "RCCP2", "c-Met"), met.synonyms());
        assertEquals("MET proto-oncogene, receptor tyrosine kinase", met.fullName());
        assertEquals(List.of("MCF3", "ROS", "c-ros-1"), fullText("ROS1").synonyms());
        assertEquals(EntityType.GENE, met.type());
        assertEquals("Genes", met.category());
    }

    @Test
    void diseaseChemicalAndSpeciesIdentifiers() {
        List<Identifier> all = doc.entities().stream().flatMap(e -> e.ids().stream()).toList();
        for (String mesh : List.of("D009190", "D002289", "D013921", "D009369", "D000077547")) {
            assertTrue(all.contains(new Identifier(IdScheme.MESH, mesh)), mesh);
        }
        assertTrue(all.contains(new Identifier(IdScheme.MONDO, "0002049")));
        assertTrue(all.contains(new Identifier(IdScheme.PUBCHEM_COMPOUND, "11597571")));
        assertTrue(all.contains(new Identifier(IdScheme.NCBI_TAXON, "9606")));
        assertTrue(all.contains(new Identifier(IdScheme.NCBI_TAXON, "10090")));
        ListedEntity human = fullText("Homo sapiens");
        assertEquals(List.of("human"), human.synonyms());
        assertNull(human.fullName());
        assertEquals(EntityType.SPECIES, human.type());
    }

    @Test
    void listsKeepTheirOwnEntries() {
        long linked = doc.entities().stream().filter(e -> e.list().equals("Linked entities")).count();
        long fullText = doc.entities().stream().filter(e -> e.list().equals("Full-text entities")).count();
        assertEquals(6, linked);
        assertEquals(10, fullText);
        ListedEntity proteinAlk = doc.entities().get(0);
        assertEquals("Proteins", proteinAlk.category());
        assertEquals(EntityType.GENE, proteinAlk.type());
        assertTrue(proteinAlk.ids().isEmpty());
    }

    @Test
    void omittedPartsAreNotPublishedAsText() {
        assertEquals(5, doc.figureCount());
        assertEquals(List.of("Full text", "Figures"), doc.omitted().stream().map(OmittedContent::part).toList());
        String url = "https://tomesphere.com/paper/PMC12589124/full.md";
        assertEquals(url, doc.omitted().get(0).url());
        assertTrue(doc.sections().isEmpty(), "no section for omitted parts");
        assertFalse(doc.passages().stream().anyMatch(p -> p.text().contains("omitted")));
        assertEquals(List.of(new Link(Link.LinkRole.FULL_TEXT, url),
                new Link(Link.LinkRole.SOURCE_PAGE, "https://tomesphere.com/paper/PMC12589124")), doc.links());
    }

    private static ListedEntity fullText(String name) {
        return doc.entities().stream()
                .filter(e -> e.list().equals("Full-text entities") && e.name().equals(name))
                .findFirst().orElseThrow();
    }
}
