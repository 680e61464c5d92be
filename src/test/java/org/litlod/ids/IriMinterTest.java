package org.litlod.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.model.Document;
import org.litlod.model.DocumentIds;
import org.litlod.model.DocumentKind;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;
import org.litlod.model.SourceInfo;
import org.litlod.model.Venue;

/** Stable, readable, safe IRIs for everything litlod mints. */
class IriMinterTest {
    private final IriMinter iris = new IriMinter();

    private static Document doc(String title, DocumentIds ids) {
        SourceInfo s = new SourceInfo("f.txt", "00", "fmt", "conv", "1", null);
        return Document.builder(s, DocumentKind.OTHER, title).ids(ids).build();
    }

    @Test
    void paperByDoiWithoutSlashes() {
        Document d = doc("T", new DocumentIds("10.1038/S41375-025-02729-W", "123", "PMC1"));
        assertEquals("http://localhost:3030/paper/doi/10.1038~s41375-025-02729-w", iris.paper(d));
        assertEquals("http://localhost:3030/graph/doi/10.1038~s41375-025-02729-w", iris.graph(d));
        assertEquals("http://localhost:3030/paper/doi/10.1002~%28sici%291097~x", iris.paper(
                doc("T", new DocumentIds("10.1002/(SICI)1097/x", null, null))));
    }

    @Test
    void paperFallsBackToPmidThenPmcidThenTitleHash() {
        assertEquals("http://localhost:3030/paper/pmid/22277784",
                iris.paper(doc("T", new DocumentIds(null, "22277784", "PMC9"))));
        assertEquals("http://localhost:3030/paper/pmc/PMC12589124",
                iris.paper(doc("T", new DocumentIds(null, null, "PMC12589124"))));
        String a = iris.paper(doc("Crizotinib: clinical activity", DocumentIds.NONE));
        String b = iris.paper(doc("  CRIZOTINIB  clinical   activity. ", DocumentIds.NONE));
        assertEquals(a, b);
        assertTrue(a.matches("http://localhost:3030/paper/title/[0-9a-f]{16}"), a);
        assertNotEquals(a, iris.paper(doc("Crizotinib: clinical inactivity", DocumentIds.NONE)));
    }

    @Test
    void sameInputSameIris() {
        Document d = doc("T", new DocumentIds(null, "1", null));
        assertEquals(new IriMinter("http://localhost:3030").paper(d), iris.paper(d));
        assertEquals(iris.author(iris.paper(d), 3), "http://localhost:3030/paper/pmid/1/author/3");
    }

    @Test
    void partsHangBelowThePaper() {
        String p = "http://x/paper/pmid/1";
        assertEquals(p + "/reference/2", iris.reference(p, 2));
        assertEquals(p + "/section/2/paragraph/3", iris.paragraph(p, 2, 3));
        assertEquals(p + "/finding/1", iris.finding(p, 1));
        assertEquals(p + "/passage/section/2/paragraph/3", iris.passage(p, "section/2/paragraph/3"));
        Mention m = new Mention("abstract", 4, 7, "ALK", EntityType.GENE,
                List.of(new Identifier(IdScheme.NCBI_GENE, "238")), List.of(), List.of());
        assertEquals(p + "/annotation/mention/abstract/4-7/gene", iris.mentionAnnotation(p, m));
        assertEquals(p + "/annotation/ncbigene/238",
                iris.entityAnnotation(p, new Identifier(IdScheme.NCBI_GENE, "238"), null));
    }

    @Test
    void sharedResources() {
        assertEquals("http://localhost:3030/journal/science-translational-medicine",
                iris.journal(Venue.journal("Science translational medicine")));
        assertEquals("http://localhost:3030/journal/issn/1946-6234",
                iris.journal(new Venue(null, "1946-6234", null, null, null, null)));
        assertEquals("http://localhost:3030/substance/cas/877399-52-5", iris.substance("877399-52-5"));
        assertEquals("http://localhost:3030/variant/ncbigene-238/p.Leu1196Met", iris.variant(
                new Identifier(IdScheme.HGVS_PROTEIN, "p.Leu1196Met"), new Identifier(IdScheme.NCBI_GENE, "238")));
        assertEquals("http://localhost:3030/dataset", iris.dataset());
    }

    @Test
    void malformedPaperIdentifiersAreNamed() {
        MalformedIdentifierException e = assertThrows(MalformedIdentifierException.class,
                () -> iris.paper(doc("T", new DocumentIds("doi:10.1/x", null, null))));
        assertTrue(e.getMessage().contains("'doi:10.1/x'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new IriMinter("not an iri"));
    }
}
