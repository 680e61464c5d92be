package org.litlod.convert.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litlod.convert.Seeds;
import org.litlod.model.Author;
import org.litlod.model.CitationCount;
import org.litlod.model.Document;
import org.litlod.model.DocumentKind;
import org.litlod.model.PublicationDate;

/** Specific facts of seed 001 (a research-portal record). */
class PortalRecordSeedTest {
    private static Document doc;

    @BeforeAll
    static void convert() throws Exception {
        doc = new PortalRecordConverter().convert(Seeds.load("001")).get(0);
    }

    @Test
    void titleAndAuthorsInOrder() {
        assertEquals("Cancer: Mechanisms of acquired crizotinib resistance in ALK-rearranged lung cancers", doc.title());
        List<String> names = doc.authors().stream().map(Author::name).toList();
        assertEquals(16, names.size());
        assertEquals("Ryohei Katayama", names.get(0));
        assertEquals("Alice T. Shaw", names.get(1));
        assertEquals("A. John Iafrate", names.get(14));
        assertEquals("Jeffrey A. Engelman", names.get(15));
    }

    @Test
    void gluedFields() {
        assertEquals("Contribution to journal / Article / peer-review", doc.outputType());
        assertEquals(DocumentKind.JOURNAL_ARTICLE, doc.kind());
        assertEquals("English (US)", doc.language());
        assertEquals("Science translational medicine", doc.venue().journal());
        assertEquals("120", doc.venue().issue());
        assertNull(doc.venue().volume());
        assertEquals("Published", doc.status());
        assertEquals(new PublicationDate(2012, 2, 8), doc.published());
        assertEquals(new CitationCount(1081, "Scopus"), doc.citations());
        assertEquals(List.of("General Medicine"), doc.subjects());
        assertNull(doc.ids().doi());
    }

    @Test
    void abstractWithoutPageFurniture() {
        assertTrue(doc.abstractText().startsWith("Most anaplastic lymphoma kinase (ALK)-positive"));
        assertTrue(doc.abstractText().endsWith("relapse on crizotinib treatment."));
        assertFalse(doc.abstractText().contains("fingerprint"));
        assertFalse(doc.abstractText().contains("Cite this"));
        assertTrue(doc.sections().isEmpty());
    }
}
