package org.litlod.convert.jats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.Literature;
import org.litlod.model.Author;
import org.litlod.model.Document;
import org.litlod.model.Figure;
import org.litlod.model.Paragraph;
import org.litlod.model.PublicationDate;
import org.litlod.model.Section;

/** Specific facts of the real PMC JATS files in ../shared/fixtures/literature/pmc-jats. */
class JatsFixturesTest {

    private static Document convert(String file) throws Exception {
        var in = Literature.load("pmc-jats/" + file);
        ConverterRegistry registry = ConverterRegistry.standard();
        assertEquals(JatsConverter.FORMAT, registry.detect(in).format());
        List<Document> docs = registry.convert(in);
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    private static List<Figure> sectionFigures(Document d) {
        return d.sections().stream().flatMap(s -> s.figures().stream()).toList();
    }

    private static void citationsPointIntoTheReferenceList(Document d) {
        List<Paragraph> paragraphs = d.sections().stream().flatMap(s -> s.paragraphs().stream()).toList();
        assertTrue(paragraphs.stream().anyMatch(p -> !p.citations().isEmpty()));
        for (Paragraph p : paragraphs) {
            for (int n : p.citations()) {
                assertTrue(n >= 1 && n <= d.references().size(), "citation " + n);
            }
        }
    }

    @Test
    void bmcMicrobiology() throws Exception {
        Document d = convert("1471-2180-11-174.nxml");
        assertEquals("Factors influencing lysis time stochasticity in bacteriophage \u03bb", d.title());
        assertEquals("21810267", d.ids().pmid());
        assertEquals("PMC3166277", d.ids().pmcid());
        assertEquals("10.1186/1471-2180-11-174", d.ids().doi());
        assertEquals(List.of("John J Dennehy", "Ing-Nang Wang"), d.authors().stream().map(Author::name).toList());
        assertEquals(2, d.authors().get(0).affiliations().size());
        assertEquals("BMC Microbiology", d.venue().journal());
        assertEquals("174", d.venue().pages());
        assertTrue(d.abstractText().startsWith("Background: Despite identical genotypes"), d.abstractText());
        assertEquals(21, d.sections().size());
        assertEquals("Background", d.sections().get(0).heading());
        assertEquals(List.of("Figure 1", "Table 1", "Figure 2", "Figure 3", "Table 2", "Figure 4", "Table 3"),
                sectionFigures(d).stream().map(Figure::label).toList());
        assertEquals("Bacterial strains used in this study.", sectionFigures(d).get(6).caption());
        assertEquals(64, d.references().size());
        assertEquals("16845428", d.references().get(0).ids().pmid());
        assertEquals("10.1038/nrmicro1460", d.references().get(0).ids().doi());
        assertEquals("Microbial cell individuality and the underlying sources of heterogeneity", d.references().get(0).title());
        assertEquals(2006, d.references().get(0).year());
        assertEquals(List.of(1, 9, 10, 13, 14, 16, 17, 18, 19, 24, 25), d.sections().get(0).paragraphs().get(0).citations());
        citationsPointIntoTheReferenceList(d);
    }

    @Test
    void environmentalHealthPerspectivesWithFloatingFigures() throws Exception {
        Document d = convert("ehp-116-1694.nxml");
        assertEquals("19079722", d.ids().pmid());
        assertEquals("10.1289/ehp.11570", d.ids().doi());
        assertEquals(4, d.authors().size());
        assertEquals("Sean C. Lema", d.authors().get(0).name());
        assertEquals("Penny Swanson", d.authors().get(3).name());
        assertTrue(d.authors().get(1).affiliations().get(0).startsWith("School of Aquatic and Fishery Sciences"));
        assertEquals(new PublicationDate(2008, 12, null), d.published());
        assertEquals("116", d.venue().volume());
        assertEquals("12", d.venue().issue());
        assertEquals("1694-1699", d.venue().pages());
        Section lead = d.sections().get(0);
        assertNull(lead.heading());
        assertEquals(3, d.figures().size());
        assertEquals("Figure 1", d.figures().get(0).label());
        assertEquals(58, d.references().size());
        assertEquals(List.of("Research"), d.subjects());
        citationsPointIntoTheReferenceList(d);
    }

    @Test
    void annalsOfOncologyWithTables() throws Exception {
        Document d = convert("mds526.nxml");
        assertEquals("23149571", d.ids().pmid());
        assertEquals("PMC3574550", d.ids().pmcid());
        assertEquals(7, d.authors().size());
        assertEquals("G. Lyratzopoulos", d.authors().get(0).name());
        assertEquals("D. C. Greenberg", d.authors().get(6).name());
        assertTrue(d.abstractText().contains("\n\nPatients and methods: "), d.abstractText());
        assertEquals(4, sectionFigures(d).stream().filter(f -> f.label().startsWith("Table")).count());
        assertEquals(2, sectionFigures(d).stream().filter(f -> f.label().startsWith("Figure")).count());
        assertEquals(40, d.references().size());
        assertEquals("11009159", d.references().get(39).ids().pmid());
        citationsPointIntoTheReferenceList(d);
    }
}
