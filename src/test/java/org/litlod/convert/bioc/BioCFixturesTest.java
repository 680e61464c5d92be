package org.litlod.convert.bioc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.Literature;
import org.litlod.convert.SourceText;
import org.litlod.model.Document;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention;

/**
 * Specific facts of the real PubTator3 BioC-JSON files and the BioCreative V CDR BioC XML file in
 * ../shared/fixtures/literature; every mention's text is its passage's text at its offsets.
 */
class BioCFixturesTest {
    private final ConverterRegistry registry = ConverterRegistry.standard();

    private Document json(String file) throws Exception {
        SourceText in = Literature.load("pubtator3-biocjson/" + file);
        assertEquals(BioCJsonConverter.FORMAT, registry.detect(in).format());
        List<Document> docs = registry.convert(in);
        assertEquals(1, docs.size());
        Literature.assertMentionsMatchText(docs.get(0));
        return docs.get(0);
    }

    private static Map<EntityType, Integer> countByType(List<Mention> mentions) {
        Map<EntityType, Integer> out = new TreeMap<>();
        mentions.forEach(m -> out.merge(m.type(), 1, Integer::sum));
        return out;
    }

    private static Mention at(Document d, String passage, int start) {
        return d.mentions().stream().filter(m -> m.passage().equals(passage) && m.start() == start)
                .findFirst().orElseThrow(() -> new AssertionError("no mention at " + passage + ":" + start));
    }

    @Test
    void everyPubTator3AnnotationBecomesOneMention() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (Path file : Literature.files("pubtator3-biocjson", ".json")) {
            JsonNode raw = mapper.readTree(Files.readAllBytes(file));
            int locations = 0;
            for (JsonNode p : raw.path("passages")) {
                for (JsonNode a : p.path("annotations")) {
                    locations += a.path("locations").size();
                }
            }
            Document d = json(file.getFileName().toString());
            assertEquals(locations, d.mentions().size(), file.toString());
            assertTrue(d.mentions().stream().allMatch(m -> m.foundBy().equals(List.of(Mention.Evidence.SOURCE_ANNOTATION))));
        }
    }

    @Test
    void prostateCancerCircuit() throws Exception {
        Document d = json("10.1016_j.molcel.2016.11.034.json");
        assertEquals("28041912", d.ids().pmid());
        assertEquals("PMC5218896", d.ids().pmcid());
        assertEquals("10.1016/j.molcel.2016.11.034", d.ids().doi());
        assertEquals(4, d.authors().size());
        assertEquals("Jeong JH", d.authors().get(0).name());
        assertEquals("Luo JL", d.authors().get(3).name());
        assertEquals("Mol Cell", d.venue().journal());
        assertEquals("2017-01-05", d.published().iso());
        assertEquals(Map.of(EntityType.GENE, 15, EntityType.DISEASE, 8), countByType(d.mentions()));
        Mention p65 = at(d, "title", 97);
        assertEquals("p65", p65.text());
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "5970")), p65.ids());
        Mention prostate = at(d, "title", 108);
        assertEquals(134, prostate.end());
        assertEquals(List.of(new Identifier(IdScheme.MESH, "D011471")), prostate.ids());
        assertTrue(d.mentions().stream().anyMatch(m -> m.passage().equals("abstract")));
    }

    @Test
    void speciesAndAnnotationWithoutIdentifier() throws Exception {
        Document meiosis = json("10.1016_j.molcel.2019.03.023.json");
        assertEquals(Map.of(EntityType.GENE, 11, EntityType.DISEASE, 1, EntityType.SPECIES, 1), countByType(meiosis.mentions()));
        assertTrue(meiosis.mentions().stream().anyMatch(m -> m.type() == EntityType.SPECIES
                && m.ids().equals(List.of(new Identifier(IdScheme.NCBI_TAXON, "10090")))));
        Document pdl1 = json("10.1016_j.molcel.2019.04.005.json");
        assertEquals(19, pdl1.authors().size());
        assertEquals(Map.of(EntityType.GENE, 19, EntityType.DISEASE, 2, EntityType.CHEMICAL, 1), countByType(pdl1.mentions()));
        Mention h1a = pdl1.mentions().stream().filter(m -> m.type() == EntityType.CHEMICAL).findFirst().orElseThrow();
        assertEquals("H1A", h1a.text());
        assertTrue(h1a.ids().isEmpty());
        Document zeta = json("10.1016_j.molcel.2024.01.007.json");
        assertEquals(Map.of(EntityType.GENE, 14, EntityType.DISEASE, 1), countByType(zeta.mentions()));
        assertEquals("38309274", zeta.ids().pmid());
    }

    @Test
    void variantsWithHgvsAndTheirGene() throws Exception {
        Document d = json("10.1038_s41556-021-00642-9.json");
        assertEquals(21, d.authors().size());
        assertEquals(Map.of(EntityType.GENE, 17, EntityType.DISEASE, 1, EntityType.CHEMICAL, 2, EntityType.SPECIES, 1,
                EntityType.VARIANT, 2), countByType(d.mentions()));
        Mention s161a = d.mentions().stream().filter(m -> m.text().equals("S161A")).findFirst().orElseThrow();
        assertEquals(List.of(new Identifier(IdScheme.HGVS_PROTEIN, "p.Ser161Ala")), s161a.ids());
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "64853")), s161a.related());
        Mention s161 = d.mentions().stream().filter(m -> m.text().equals("S161")).findFirst().orElseThrow();
        assertTrue(s161.ids().isEmpty());
    }

    @Test
    void cdrGoldBioCXml() throws Exception {
        SourceText in = Literature.load("pubtator-bioc-cdr/CDR_sample.dev.gold.BioC.xml");
        assertEquals(BioCXmlConverter.FORMAT, registry.detect(in).format());
        List<Document> docs = registry.convert(in);
        assertEquals(25, docs.size());
        docs.forEach(Literature::assertMentionsMatchText);
        assertEquals(428, docs.stream().mapToInt(d -> d.mentions().size()).sum());
        assertEquals(221, docs.stream().flatMap(d -> d.mentions().stream()).filter(m -> m.type() == EntityType.CHEMICAL).count());
        Document first = docs.get(0);
        assertEquals("26094", first.ids().pmid());
        assertEquals("Antihypertensive drugs and depression: a reappraisal.", first.title());
        assertEquals(Map.of(EntityType.DISEASE, 10, EntityType.CHEMICAL, 1), countByType(first.mentions()));
        Mention depression = at(first, "title", 27);
        assertEquals("depression", depression.text());
        assertEquals(List.of(new Identifier(IdScheme.MESH, "D003866")), depression.ids());
        Mention methyldopa = at(first, "abstract", 567 - 54);
        assertEquals("methyl dopa", methyldopa.text());
        assertEquals(EntityType.CHEMICAL, methyldopa.type());
    }

    @Test
    void cdrBioCXmlAgreesWithCdrPubTatorDespiteShiftedPassageOffsets() throws Exception {
        List<Document> xml = registry.convert(Literature.load("pubtator-bioc-cdr/CDR_sample.dev.gold.BioC.xml"));
        List<Document> tab = registry.convert(Literature.load("pubtator-bioc-cdr/CDR_sample.dev.gold.PubTator"));
        assertEquals(xml.size(), tab.size());
        for (int i = 0; i < xml.size(); i++) {
            assertEquals(tab.get(i).ids().pmid(), xml.get(i).ids().pmid());
            assertEquals(tab.get(i).title(), xml.get(i).title());
            Set<String> inXml = new HashSet<>();
            xml.get(i).mentions().forEach(m -> inXml.add(m.passage() + ":" + m.start() + "-" + m.end() + " " + m.ids()));
            for (Mention m : tab.get(i).mentions()) {
                String key = m.passage() + ":" + m.start() + "-" + m.end() + " " + m.ids();
                assertTrue(inXml.contains(key), "PMID " + tab.get(i).ids().pmid() + " " + key + " " + m.text());
            }
        }
    }
}
