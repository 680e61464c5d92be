package org.litlod.convert.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litlod.convert.ConversionException;
import org.litlod.convert.SourceText;
import org.litlod.model.DocumentKind;
import org.litlod.model.PublicationDate;

/** Glued labels, output types and publication states of research-portal records. */
class PortalFieldsTest {

    @Test
    void outputTypeLabelsAreSplit() {
        assertEquals(List.of("Contribution to journal", "Article", "peer-review"),
                OutputTypeLabels.split("Contribution to journalArticlepeer-review"));
        assertEquals(List.of("Contribution to journal", "Review article", "peer-review"),
                OutputTypeLabels.split("Contribution to journalReview articlepeer-review"));
        assertEquals(List.of("Contribution to journal", "Letter"), OutputTypeLabels.split("Contribution to journalLetter"));
        assertEquals(List.of("Chapter in Book/Report/Conference proceeding", "Chapter"),
                OutputTypeLabels.split("Chapter in Book/Report/Conference proceedingChapter"));
        assertEquals(List.of("Contribution to journal", "Article", "peer-review"),
                OutputTypeLabels.split("Contribution to journal \u203A Article \u203A peer-review"));
        assertEquals(List.of("Contribution to journal", "Whatnot"), OutputTypeLabels.split("Contribution to journalWhatnot"));
        assertEquals(DocumentKind.REVIEW_ARTICLE, OutputTypeLabels.kind(List.of("Contribution to journal", "Review article")));
        assertEquals(DocumentKind.OTHER, OutputTypeLabels.kind(List.of("Chapter in Book/Report/Conference proceeding", "Chapter")));
    }

    @Test
    void gluedFieldsUseTheLongestLabel() {
        assertEquals(Optional.of(new GluedField("Pages (from-to)", "1105-1111", 3)), GluedField.of("Pages (from-to)1105-1111", 3));
        assertEquals(Optional.of(new GluedField("Issue number", "120", 1)), GluedField.of("Issue number120", 1));
        assertEquals(Optional.of(new GluedField("DOIs", "10.1126/scitranslmed.3003316", 1)),
                GluedField.of("DOIs10.1126/scitranslmed.3003316", 1));
        assertTrue(GluedField.of("DOIs", 1).isEmpty(), "a label without a value is no field");
        assertTrue(GluedField.of("Most patients relapse.", 1).isEmpty());
    }

    @Test
    void publicationStates() {
        assertEquals(new PublicationState("Published", new PublicationDate(2012, 2, 8)),
                PublicationState.parse("Published - Feb 8 2012").orElseThrow());
        assertEquals(new PublicationState("Published", PublicationDate.ofYear(2012)),
                PublicationState.parse("Published - 2012").orElseThrow());
        assertEquals(new PublicationState("Published", new PublicationDate(2012, 2, null)),
                PublicationState.parse("Published - Feb 2012").orElseThrow());
        assertEquals(new PublicationState("E-pub ahead of print", new PublicationDate(2021, 3, 3)),
                PublicationState.parse("E-pub ahead of print - Mar 3 2021").orElseThrow());
        assertEquals(new PublicationState("Accepted/In press", null),
                PublicationState.parse("Accepted/In press").orElseThrow());
        assertTrue(PublicationState.parse("Published - Smarch 40 2012").isEmpty());
    }

    @Test
    void anUnreadableStateDateIsLeftOutWithAWarningAndTheRecordStillConverts() throws Exception {
        String text = "A title\n\nAnn Author\n\nResearch output: Contribution to journalArticle\n\n"
                + "JournalX\nStatePublished - Smarch 40 2012\n";
        var d = new PortalRecordConverter().convert(SourceText.of("p.txt", text)).get(0);
        assertEquals("Published", d.status());
        assertEquals(null, d.published());
        assertEquals(List.of("LITLOD-CONVERT-804 p.txt:8: date of the publication state \"Published - Smarch 40 2012\""
                + " is not a date; left out"), d.warnings());
    }

    @Test
    void recordWithOverviewHeadingArticleNumberAndEpub() throws Exception {
        String text = String.join("\n", "A study of things", "", "Ann Lee, Bo Kim & Cy Wu", "",
                "Research output: Contribution to journal \u203A Letter \u203A peer-review", "", "Overview", "",
                "We looked at things.", "", "Original languageEnglish", "Article number e1234", "JournalSome Journal",
                "Volume7", "StateE-pub ahead of print - Mar 3 2021", "", "Research output per year", "", "Cite this", "");
        var d = new PortalRecordConverter().convert(SourceText.of("r.txt", text)).get(0);
        assertEquals(List.of("Ann Lee", "Bo Kim", "Cy Wu"), d.authors().stream().map(a -> a.name()).toList());
        assertEquals("Contribution to journal / Letter / peer-review", d.outputType());
        assertEquals(DocumentKind.JOURNAL_ARTICLE, d.kind());
        assertEquals("We looked at things.", d.abstractText());
        assertEquals("e1234", d.venue().pages());
        assertEquals("7", d.venue().volume());
        assertEquals("E-pub ahead of print", d.status());
        assertEquals(new PublicationDate(2021, 3, 3), d.published());
        assertEquals(null, d.citations());
        assertTrue(d.subjects().isEmpty());
    }

    @Test
    void authorsOnePerLine() throws Exception {
        String text = "A title\n\nAnn Lee\nBo Kim\n\nResearch output: Contribution to journalArticle\n\nJournalX\n";
        var d = new PortalRecordConverter().convert(SourceText.of("r.txt", text)).get(0);
        assertEquals(List.of("Ann Lee", "Bo Kim"), d.authors().stream().map(a -> a.name()).toList());
    }
}
