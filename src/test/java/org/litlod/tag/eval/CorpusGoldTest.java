package org.litlod.tag.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.publish.GoldCorpus;

/**
 * The three gold corpora of {@code ../shared/fixtures/literature} read as {@code evaluate}
 * reads them (format told by content): the facts below are counted in the files themselves.
 * Skipped when {@code ../shared} is absent.
 */
class CorpusGoldTest {

    static Path literature(String relative) {
        Path p = Path.of(System.getProperty("litlod.shared", "../shared"), "fixtures/literature", relative);
        assumeTrue(Files.exists(p), p + " absent: ../shared absent: skipping");
        return p;
    }

    /** Every annotation's text is the text at its offsets in title + " " + abstract. */
    static void offsetsLineUp(List<GoldDocument> docs) {
        List<String> wrong = new ArrayList<>();
        for (GoldDocument d : docs) {
            String joined = d.title() + " " + d.abstractText();
            for (GoldAnnotation a : d.annotations()) {
                if (a.end() > joined.length() || !joined.substring(a.start(), a.end()).equals(a.text())) {
                    wrong.add(d.id() + " " + a);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    static long count(List<GoldDocument> docs, EntityType t) {
        return docs.stream().flatMap(d -> d.annotations().stream()).filter(a -> a.type() == t).count();
    }

    @Test
    void ncbiDiseaseDevelopmentSet() throws Exception {
        List<GoldDocument> docs = GoldCorpus.read(literature("ncbi-disease/NCBIdevelopset_corpus.txt"));
        assertEquals(100, docs.size());
        assertEquals(787, count(docs, EntityType.DISEASE));
        assertEquals(787, docs.stream().mapToInt(d -> d.annotations().size()).sum());
        assertEquals("8808605", docs.get(0).id());
        assertEquals("8696339", docs.get(99).id());
        assertEquals(new GoldAnnotation(154, 171, "enzyme deficiency", EntityType.DISEASE, List.of("D008661")),
                docs.get(0).annotations().get(0));
        int ids = 0;
        int omim = 0;
        for (GoldDocument d : docs) {
            Set<String> set = new HashSet<>();
            d.annotations().forEach(a -> set.addAll(a.ids()));
            ids += set.size();
            omim += (int) set.stream().filter(i -> i.startsWith("OMIM:")).count();
        }
        assertEquals(303, ids);
        assertEquals(24, omim);
        offsetsLineUp(docs);
    }

    @Test
    void cdrDevelopmentSetGivesTheSameGoldInBothFormats() throws Exception {
        List<GoldDocument> pubtator = GoldCorpus.read(literature("cdr-full/CDR_DevelopmentSet.PubTator.txt"));
        List<GoldDocument> bioc = GoldCorpus.read(literature("cdr-full/CDR_DevelopmentSet.BioC.xml"));
        assertEquals(500, pubtator.size());
        assertEquals(5347, count(pubtator, EntityType.CHEMICAL));
        assertEquals(4244, count(pubtator, EntityType.DISEASE));
        assertEquals(pubtator, bioc);
        GoldAnnotation composite = pubtator.stream().filter(d -> d.id().equals("3115150"))
                .flatMap(d -> d.annotations().stream()).filter(a -> a.start() == 1584).findFirst().orElseThrow();
        assertEquals(new GoldAnnotation(1584, 1626, "cardiovascular, and respiratory depression", EntityType.DISEASE,
                List.of("D002318", "D012131")), composite);
        offsetsLineUp(pubtator);
    }

    @Test
    void cdrTrainingSet() throws Exception {
        List<GoldDocument> docs = GoldCorpus.read(literature("cdr-full/CDR_TrainingSet.PubTator.txt"));
        assertEquals(500, docs.size());
        assertEquals(docs, GoldCorpus.read(literature("cdr-full/CDR_TrainingSet.BioC.xml")));
        offsetsLineUp(docs);
    }

    @Test
    void s800HalfFromItsFolderAndFromItsAnnotationTable() throws Exception {
        Path dir = literature("s800");
        List<GoldDocument> docs = GoldCorpus.read(dir);
        assertEquals(400, docs.size());
        assertEquals(1761, count(docs, EntityType.SPECIES));
        assertEquals(310, docs.stream().filter(d -> !d.annotations().isEmpty()).count());
        GoldDocument first = docs.get(0);
        assertEquals("21183147", first.id());
        assertTrue(first.title().startsWith("Antimalarial drug resistance of Plasmodium falciparum in India"));
        // file offsets 32-52 (title) and 377-397 (abstract, after the title line and a blank line)
        assertEquals(new GoldAnnotation(32, 53, "Plasmodium falciparum", EntityType.SPECIES, List.of("5833")),
                first.annotations().get(0));
        assertEquals(new GoldAnnotation(375, 396, "Plasmodium falciparum", EntityType.SPECIES, List.of("5833")),
                first.annotations().get(1));
        assertEquals("Plasmodium falciparum", (first.title() + " " + first.abstractText()).substring(375, 396));
        offsetsLineUp(docs);
        assertEquals(docs, GoldCorpus.read(dir.resolve("S800.odd.tsv")));
    }
}
