package org.litlod.convert.webarticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.convert.ConversionException;
import org.litlod.convert.SourceText;
import org.litlod.model.Document;
import org.litlod.model.Paragraph;
import org.litlod.model.Reference;
import org.litlod.schemes.IdentifierSchemes;

/** CAS numbers, citation markers, references and furniture shapes of web articles. */
class WebArticlePartsTest {

    @Test
    void casCheckDigit() {
        assertTrue(IdentifierSchemes.CAS.isValid("877399-52-5"));
        assertTrue(IdentifierSchemes.CAS.isValid("50-78-2"));
        assertFalse(IdentifierSchemes.CAS.isValid("877399-52-4"));
        assertFalse(IdentifierSchemes.CAS.isValid("877399525"));
    }

    @Test
    void aWrongCasCheckDigitIsLeftOutWithAWarningNamingItsLine() throws Exception {
        String text = "Drug X: an overview\n\nJan 2,2024\n\nIntro\n\nSome text here.\n\nDrug X\n\n877399-52-4\n";
        var d = new WebArticleConverter().convert(SourceText.of("w.txt", text)).get(0);
        assertEquals(List.of(), d.substances(), "no substance without a valid CAS number");
        assertEquals(List.of(WebArticleConverter.BAD_CAS + " w.txt:11: CAS number \"877399-52-4\" has a wrong check digit; left out"),
                d.warnings());
    }

    @Test
    void citationMarkers() {
        assertEquals(new Paragraph("Text.", List.of(1)), CitationMarkers.paragraph("Text. 1", 3));
        assertEquals(new Paragraph("Text.", List.of(2, 3)), CitationMarkers.paragraph("Text. 2,3", 3));
        assertEquals(new Paragraph("Text.", List.of(1, 2, 3)), CitationMarkers.paragraph("Text [1-3].", 3));
        assertEquals(new Paragraph("Text.", List.of(2)), CitationMarkers.paragraph("Text. [2]", 3));
        assertEquals(Paragraph.of("Approved in 2011. 2011"), CitationMarkers.paragraph("Approved in 2011. 2011", 3));
        assertEquals(Paragraph.of("Rates of 5. 4"), CitationMarkers.paragraph("Rates of 5. 4", 3));
        assertEquals(Paragraph.of("No list. 1"), CitationMarkers.paragraph("No list. 1", 0));
    }

    @Test
    void referenceWithDoiPmidAndBook() {
        Reference doi = ReferenceParser.parse(3, "Hochhaus A, Larson RA, Guilhot F, et al. Long-term outcomes of "
                + "imatinib treatment for chronic myeloid leukemia. N Engl J Med. 2017;376(10):917-927. doi:10.1056/NEJMoa1609324");
        assertEquals("10.1056/NEJMoa1609324", doi.ids().doi());
        assertEquals("917-927", doi.pages());
        assertEquals("Long-term outcomes of imatinib treatment for chronic myeloid leukemia", doi.title());
        Reference book = ReferenceParser.parse(6,
                "Hoffbrand AV, Moss PAH. Hoffbrand's Essential Haematology. 7th ed. Chichester: Wiley-Blackwell; 2016.");
        assertEquals(List.of("Hoffbrand AV", "Moss PAH"), book.authors());
        assertEquals("Hoffbrand's Essential Haematology", book.title());
        assertEquals(2016, book.year());
        assertNull(book.journal());
        Reference noIssue = ReferenceParser.parse(1, "Lee K, Kim J. A short title? Nat Commun. 2019;10:1234.");
        assertEquals("A short title?", noIssue.title());
        assertEquals("10", noIssue.volume());
        assertNull(noIssue.issue());
        assertEquals("1234", noIssue.pages());
    }

    @Test
    void furnitureByShape() {
        assertTrue(PageBoilerplate.isBoilerplate("  \u2022 Related Questions"));
        assertTrue(PageBoilerplate.isBoilerplate("Some drug does many things and more....."));
        assertTrue(PageBoilerplate.isBoilerplate("Mar 3,2022Chemicals"));
        assertTrue(PageBoilerplate.isBoilerplate("  \u2022 \u00A320.00 / 5g"));
        assertTrue(PageBoilerplate.isBoilerplate("  - Min. Order: 1g"));
        assertFalse(PageBoilerplate.isBoilerplate("Crizotinib is approved in many countries."));
        assertTrue(PageBoilerplate.opensTail("Gefitinib suppliers"));
        assertTrue(PageBoilerplate.opensTail("See also"));
        assertFalse(PageBoilerplate.opensTail("Clinical activity"));
    }

    @Test
    void articleWithoutReferencesOrFurniture() throws Exception {
        String text = "Aspirin today\n\nMay 1, 2020\n\nUses\n\nAspirin lowers fever. It also thins blood [1].\n";
        Document d = new WebArticleConverter().convert(SourceText.of("a.txt", text)).get(0);
        assertEquals(1, d.sections().size());
        assertEquals(new Paragraph("Aspirin lowers fever. It also thins blood.", List.of(1)),
                d.sections().get(0).paragraphs().get(0));
        assertTrue(d.references().isEmpty());
        assertTrue(d.substances().isEmpty());
    }

    @Test
    void furnitureBetweenSectionsIsLeftOut() throws Exception {
        String text = "Gefitinib at a glance\n\nApr 9,2021\n\nMechanism\n\nGefitinib blocks EGFR signalling.\n"
                + "  \u2022 Related articles\n  \u2022 Related Questions\n\n"
                + "Erlotinib is another EGFR inhibitor that was approved for lung and pancreatic cancer.....\n\n"
                + "Apr 1,2021Drugs\n\nUse\n\nIt is used in EGFR-mutant lung cancer.\n\nGefitinib\n\n184475-35-2\n\n"
                + "Gefitinib suppliers\n\n  \u2022 $3.00 / 1g\n  \u2022 Purity: 99%\n";
        Document d = new WebArticleConverter().convert(SourceText.of("g.txt", text)).get(0);
        assertEquals(List.of("Mechanism", "Use"), d.sections().stream().map(s -> s.heading()).toList());
        assertEquals(List.of(Paragraph.of("Gefitinib blocks EGFR signalling.")), d.sections().get(0).paragraphs());
        assertEquals(List.of(Paragraph.of("It is used in EGFR-mutant lung cancer.")), d.sections().get(1).paragraphs());
        assertEquals("Gefitinib", d.substances().get(0).name());
        assertEquals("184475-35-2", d.substances().get(0).ids().get(0).value());
    }

    @Test
    void figureLines() {
        assertEquals(new FigureLine("Figure 1", "Capsules of crizotinib", "Figure 1. Capsules of crizotinib.png"),
                FigureLine.of("Figure 1. Capsules of crizotinib.png").orElseThrow());
        assertEquals(new FigureLine("Fig. 3", "Dose response", null), FigureLine.of("Fig. 3: Dose response").orElseThrow());
        assertTrue(FigureLine.of("Figure 2 shows how the drug binds.").isEmpty());
        assertTrue(FigureLine.of("The figure shows it.").isEmpty());
    }
}
