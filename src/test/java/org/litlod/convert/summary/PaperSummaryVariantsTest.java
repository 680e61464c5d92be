package org.litlod.convert.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.convert.ConversionException;
import org.litlod.convert.SourceText;
import org.litlod.model.Document;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.PublicationDate;

/** Header variants, entity-item edge cases and errors of the paper-summary format. */
class PaperSummaryVariantsTest {
    private static final String HEAD = "# A title\n\n**Authors:** Ann Author\n\n";

    private static Document convert(String text) throws ConversionException {
        return new PaperSummaryConverter().convert(SourceText.of("t.md", text)).get(0);
    }

    @Test
    void headerFieldsInAnyOrderAndPrecision() {
        HeaderFields f = HeaderLineParser.parse("2025-08 · Nature · PMID: 123 · PMC42 · 10.1000/xyz");
        assertEquals(new HeaderFields(null, "10.1000/xyz", "123", "PMC42", "Nature", new PublicationDate(2025, 8, null)), f);
        assertEquals(PublicationDate.ofYear(2019), HeaderLineParser.parse("PMC · Blood · 2019").date());
        assertEquals("PMC", HeaderLineParser.parse("PMC · Blood · 2019").sourceDatabase());
        assertNull(HeaderLineParser.parse("DOI: 10.1234/abc · 2019").journal());
    }

    @Test
    void commasInsideBracketsDoNotSplitItems() throws Exception {
        Document d = convert(HEAD + "## Linked entities\n\n- **Genes:** A (long, name) [NCBI Gene 1] {aka x, y}, B [HGNC:427]\n");
        assertEquals(2, d.entities().size());
        assertEquals("long, name", d.entities().get(0).fullName());
        assertEquals(List.of("x", "y"), d.entities().get(0).synonyms());
        assertEquals(List.of(new Identifier(IdScheme.HGNC, "427")), d.entities().get(1).ids());
    }

    @Test
    void malformedMondoIdIsReportedWithItsLine() {
        ConversionException e = assertThrows(ConversionException.class, () ->
                convert(HEAD + "## Linked entities\n\n- **Diseases:** x (MONDO:0002049)\n- **Diseases:** y (MONDO:abc)\n"));
        assertEquals(PaperSummaryConverter.MALFORMED_ENTITY, e.errorId());
        assertEquals(8, e.line());
        assertTrue(e.getMessage().startsWith("LITLOD-CONVERT-102 t.md:8: "), e.getMessage());
        assertTrue(e.getMessage().contains("MONDO:abc"), e.getMessage());
    }

    @Test
    void negativeGeneIdIsReported() {
        ConversionException e = assertThrows(ConversionException.class, () ->
                convert(HEAD + "## Full-text entities\n\n- **Genes:** ALK [NCBI Gene -1]\n"));
        assertEquals(7, e.line());
        assertTrue(e.getMessage().contains("NCBI Gene -1"), e.getMessage());
    }

    @Test
    void unknownCategoryAndUnbalancedBracketsAreReported() {
        ConversionException unknown = assertThrows(ConversionException.class, () ->
                convert(HEAD + "## Linked entities\n\n- **Pathways:** mTOR signalling\n"));
        assertEquals(PaperSummaryConverter.UNKNOWN_CATEGORY, unknown.errorId());
        ConversionException open = assertThrows(ConversionException.class, () ->
                convert(HEAD + "## Linked entities\n\n- **Genes:** ALK (ALK receptor\n"));
        assertEquals(PaperSummaryConverter.MALFORMED_ENTITY, open.errorId());
    }

    @Test
    void missingTitleIsReported() {
        ConversionException e = assertThrows(ConversionException.class, () ->
                convert("**Authors:** A\n\n## Abstract\n\nText.\n"));
        assertEquals(PaperSummaryConverter.NO_TITLE, e.errorId());
    }

    @Test
    void unknownSectionIsKeptWithItsParagraphs() throws Exception {
        Document d = convert(HEAD + "## Methods in brief\n\nWe did this.\nAnd that.\n\nThen more.\n");
        assertEquals(1, d.sections().size());
        assertEquals("Methods in brief", d.sections().get(0).heading());
        assertEquals("We did this. And that.", d.sections().get(0).paragraphs().get(0).text());
        assertEquals(2, d.sections().get(0).paragraphs().size());
    }

    @Test
    void authorsJoinedByAnd() throws Exception {
        Document d = convert("# T\n\n**Authors:** Ann Lee, Bo Kim, and Cy Wu\n\n## Abstract\n\nText.\n");
        assertEquals(List.of("Ann Lee", "Bo Kim", "Cy Wu"), d.authors().stream().map(a -> a.name()).toList());
    }

    @Test
    void findingsThatMentionOmissionStayFindings() throws Exception {
        Document d = convert(HEAD + "## Key findings\n\n- Dose 2 was omitted in 3 patients.\n- See https://example.org/x.\n");
        assertEquals(2, d.summary().keyFindings().size());
        assertTrue(d.omitted().isEmpty());
    }
}
