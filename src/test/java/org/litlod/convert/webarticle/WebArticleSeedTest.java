package org.litlod.convert.webarticle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.litlod.convert.Seeds;
import org.litlod.model.Document;
import org.litlod.model.DocumentKind;
import org.litlod.model.Figure;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Paragraph;
import org.litlod.model.PublicationDate;
import org.litlod.model.Reference;
import org.litlod.model.Section;
import org.litlod.model.Substance;

/** Specific facts of seed 002 (a web article about crizotinib). */
class WebArticleSeedTest {
    private static Document doc;

    @BeforeAll
    static void convert() throws Exception {
        doc = new WebArticleConverter().convert(Seeds.load("002")).get(0);
    }

    @Test
    void titleDateAndSections() {
        assertEquals("Crizotinib: clinical activity, relapses and mechanisms of resistance", doc.title());
        assertEquals(new PublicationDate(2024, 1, 16), doc.published());
        assertEquals(DocumentKind.WEB_ARTICLE, doc.kind());
        assertEquals(List.of("General Description", "Clinical activity", "Clinical relapses", "Mechanisms of resistance"),
                doc.sections().stream().map(Section::heading).toList());
    }

    @Test
    void figureInItsSection() {
        assertEquals(List.of(new Figure("Figure 1", "Capsules of crizotinib", "Figure 1. Capsules of crizotinib.png")),
                doc.sections().get(0).figures());
        assertTrue(doc.figures().isEmpty());
        assertTrue(doc.sections().get(1).figures().isEmpty());
    }

    @Test
    void citationMarkersMovedIntoParagraphs() {
        for (int s = 1; s <= 3; s++) {
            List<Paragraph> paragraphs = doc.sections().get(s).paragraphs();
            Paragraph last = paragraphs.get(paragraphs.size() - 1);
            assertEquals(List.of(s), last.citations(), "section " + s);
            assertTrue(last.text().endsWith("."), last.text());
        }
        assertTrue(doc.sections().get(1).paragraphs().get(0).text().endsWith("ALK+ NSCLC patients."));
        assertTrue(doc.sections().get(0).paragraphs().get(0).citations().isEmpty());
    }

    @Test
    void referencesParsed() {
        assertEquals(3, doc.references().size());
        Reference r1 = doc.references().get(0);
        assertEquals(List.of("Dagogo-Jack I", "Shaw AT"), r1.authors());
        assertFalse(r1.etAl());
        assertEquals("Crizotinib resistance: implications for therapeutic strategies", r1.title());
        assertEquals("Ann Oncol", r1.journal());
        assertEquals(2016, r1.year());
        assertEquals("27", r1.volume());
        assertNull(r1.issue());
        assertEquals("Suppl 3", r1.supplement());
        assertEquals("iii42-iii50", r1.pages());

        Reference r2 = doc.references().get(1);
        assertEquals(List.of("Camidge DR", "Bang YJ", "Kwak EL"), r2.authors());
        assertTrue(r2.etAl());
        assertEquals("Lancet Oncol", r2.journal());
        assertEquals(2012, r2.year());
        assertEquals("13", r2.volume());
        assertEquals("10", r2.issue());
        assertNull(r2.supplement());
        assertEquals("1011-1019", r2.pages());

        Reference r3 = doc.references().get(2);
        assertEquals("First-line crizotinib versus chemotherapy in ALK-positive lung cancer", r3.title());
        assertEquals("published correction appears in N Engl J Med. 2015 Oct 15;373(16):1582", r3.note());
        assertEquals("N Engl J Med", r3.journal());
        assertEquals(2014, r3.year());
        assertEquals("371", r3.volume());
        assertEquals("23", r3.issue());
        assertEquals("2167-2177", r3.pages());
        assertEquals(List.of(1, 2, 3), doc.references().stream().map(Reference::number).toList());
    }

    @Test
    void substanceWithCasNumber() {
        assertEquals(List.of(new Substance("Crizotinib", List.of(new Identifier(IdScheme.CAS, "877399-52-5")))),
                doc.substances());
    }

    @Test
    void boilerplateAbsent() {
        List<String> texts = new ArrayList<>();
        for (Section s : doc.sections()) {
            texts.add(s.heading());
            s.paragraphs().forEach(p -> texts.add(p.text()));
            s.figures().forEach(f -> texts.add(f.caption()));
        }
        doc.references().forEach(r -> texts.add(r.text()));
        assertEquals(4 + 4 + 1 + 3, texts.size());
        for (String bad : List.of("$", "Min. Order", "Pterostilbene", "Remogliflozin", "Related articles",
                "Related Qustion", "See also", "manufacturers", "Purity", ".....", "2024API")) {
            assertTrue(texts.stream().noneMatch(t -> t != null && t.contains(bad)), bad);
        }
    }
}
