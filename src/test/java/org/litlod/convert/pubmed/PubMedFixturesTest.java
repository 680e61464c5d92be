package org.litlod.convert.pubmed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.Literature;
import org.litlod.model.Author;
import org.litlod.model.Document;
import org.litlod.model.DocumentKind;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.ListedEntity;
import org.litlod.model.PublicationDate;

/** Specific facts of the real PubMed XML files in ../shared/fixtures/literature/pubmed-xml. */
class PubMedFixturesTest {

    private static Document convert(String file) throws Exception {
        var in = Literature.load("pubmed-xml/" + file);
        ConverterRegistry registry = ConverterRegistry.standard();
        assertEquals(PubMedXmlConverter.FORMAT, registry.detect(in).format());
        List<Document> docs = registry.convert(in);
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    private static List<ListedEntity> headings(Document d) {
        return d.entities().stream().filter(e -> MeshEntities.HEADING.equals(e.category())).toList();
    }

    private static ListedEntity heading(Document d, String ui) {
        return headings(d).stream().filter(e -> e.ids().contains(new Identifier(IdScheme.MESH, ui))).findFirst().orElseThrow();
    }

    @Test
    void oldRecordWithMedlineDate() throws Exception {
        Document d = convert("pmid_151222.xml");
        assertEquals("151222", d.ids().pmid());
        assertNull(d.ids().doi());
        assertEquals("Histochemical and histoenzymic researches in coronary sudden death.", d.title());
        assertEquals(List.of("E Alexandru", "G Dobrescu"), d.authors().stream().map(Author::name).toList());
        assertEquals("Alexandru", d.authors().get(0).familyName());
        assertEquals(PublicationDate.ofYear(1978), d.published());
        assertEquals("Morphologie et embryologie", d.venue().journal());
        assertEquals("24", d.venue().volume());
        assertEquals("3", d.venue().issue());
        assertEquals("229-32", d.venue().pages());
        assertEquals(7, headings(d).size());
        assertEquals("Catecholamines/metabolism*", heading(d, "D002395").fullName());
        assertTrue(MeshEntities.isMajorTopic(heading(d, "D002395")));
        assertFalse(MeshEntities.isMajorTopic(heading(d, "D006651")));
        assertEquals(2, d.entities().stream().filter(e -> e.type() == EntityType.CHEMICAL).count());
        assertEquals(List.of("Journal Article"), d.subjects());
    }

    @Test
    void stingPaperWithReferencesAndChemicals() throws Exception {
        Document d = convert("pmid_29440426.xml");
        assertEquals("30193098", d.ids().pmid());
        assertEquals("10.1016/j.molcel.2018.07.034", d.ids().doi());
        assertEquals("PMC6127031", d.ids().pmcid());
        assertEquals(10, d.authors().size());
        assertEquals("Gillian Dunphy", d.authors().get(0).name());
        assertEquals("Leonie Unterholzner", d.authors().get(9).name());
        assertTrue(d.authors().get(0).affiliations().get(0).startsWith("Division of Biomedical and Life Sciences"));
        assertEquals(new PublicationDate(2018, 9, 6), d.published());
        assertEquals(19, headings(d).size());
        ListedEntity atm = heading(d, "D064007");
        assertEquals("Ataxia Telangiectasia Mutated Proteins", atm.name());
        assertEquals("Ataxia Telangiectasia Mutated Proteins/genetics*", atm.fullName());
        assertNull(atm.type());
        assertNull(heading(d, "D002460").fullName());
        List<ListedEntity> chemicals = d.entities().stream().filter(e -> e.type() == EntityType.CHEMICAL).toList();
        assertEquals(13, chemicals.size());
        assertTrue(chemicals.stream().anyMatch(c -> c.name().equals("NF-kappa B")
                && c.ids().equals(List.of(new Identifier(IdScheme.MESH, "D016328")))));
        assertEquals(51, d.references().size());
        assertEquals("26048136", d.references().get(0).ids().pmid());
        assertEquals("Cell Host Microbe. 2015 Jun 10;17(6):811-819", d.references().get(0).text());
        assertEquals(DocumentKind.JOURNAL_ARTICLE, d.kind());
    }

    @Test
    void collectiveAuthorIsKept() throws Exception {
        Document d = convert("pmid_30078747.xml");
        assertEquals("10.1016/j.ccell.2018.07.001", d.ids().doi());
        assertEquals(11, d.authors().size());
        assertEquals("André Kahles", d.authors().get(0).name());
        assertEquals("Gunnar Rätsch", d.authors().get(10).name());
        Author network = d.authors().stream().filter(a -> a.name().equals("Cancer Genome Atlas Research Network"))
                .findFirst().orElseThrow();
        assertNull(network.familyName());
        assertEquals(7, headings(d).size());
        assertEquals("Alternative Splicing*", heading(d, "D017398").fullName());
        assertTrue(d.references().isEmpty());
    }

    @Test
    void orcidsAreRead() throws Exception {
        Document d = convert("pmid_30115697.xml");
        assertEquals(12, d.authors().size());
        Author kung = d.authors().stream().filter(a -> "Kung".equals(a.familyName())).findFirst().orElseThrow();
        assertEquals("0000-0002-1150-4998", kung.orcid());
        assertEquals(4, d.authors().stream().filter(a -> a.orcid() != null).count());
        assertEquals("Maureen E Murphy", d.authors().get(11).name());
        assertEquals(48, d.references().size());
        assertTrue(d.entities().isEmpty());
        assertEquals("PMC6168343", d.ids().pmcid());
    }

    @Test
    void monthPrecisionDate() throws Exception {
        Document d = convert("pmid_31511694.xml");
        assertEquals("10.1038/s41586-019-1553-0", d.ids().doi());
        assertEquals(new PublicationDate(2019, 9, null), d.published());
        assertEquals(11, d.authors().size());
        assertEquals("Rutger D Luteijn", d.authors().get(0).name());
        assertEquals("David H Raulet", d.authors().get(10).name());
        assertEquals("Nature", d.venue().journal());
        assertEquals("434-438", d.venue().pages());
    }

    @Test
    void elifePaperWithManyReferences() throws Exception {
        Document d = convert("pmid_38289659.xml");
        assertEquals("PMC10945566", d.ids().pmcid());
        assertEquals("10.7554/eLife.88808", d.ids().doi());
        assertEquals(3, d.authors().size());
        assertEquals("0000-0001-6840-6160", d.authors().get(0).orcid());
        assertEquals("Gaiti Hasan", d.authors().get(2).name());
        assertEquals(124, d.references().size());
        assertEquals("20107057", d.references().get(0).ids().pmid());
        assertEquals("10.1523/JNEUROSCI.3668-09.2010", d.references().get(0).ids().doi());
        assertEquals(6, headings(d).size());
        assertTrue(MeshEntities.isMajorTopic(heading(d, "D002118")));
        assertEquals(5, d.entities().stream().filter(e -> e.type() == EntityType.CHEMICAL).count());
    }
}
