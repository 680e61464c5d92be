package org.litlod.tag.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;

class GoldReadersTest {

    private static final String PUBTATOR = """
            1|t|Lidocaine-induced asystole.
            1|a|Cocaine and lidocaine.
            1\t0\t9\tLidocaine\tChemical\tD008012
            1\t18\t26\tasystole\tDisease\tD006323|D001145
            1\t28\t35\tCocaine\tChemical\t-1
            1\tCID\tD008012\tD006323

            2|t|Second.
            2|a|
            """;

    private static final String BIOC = """
            <?xml version='1.0' encoding='UTF-8'?><!DOCTYPE collection SYSTEM 'BioC.dtd'>
            <collection><source>PubTator</source><document><id>1</id>
            <passage><infon key="type">title</infon><offset>0</offset><text>Lidocaine-induced asystole.</text>
            <annotation id='0'><infon key="type">Chemical</infon><infon key="MESH">D008012</infon>
            <location offset='0' length='9' /><text>Lidocaine</text></annotation></passage>
            <passage><infon key="type">abstract</infon><offset>28</offset><text>Cocaine and lidocaine.</text>
            <annotation id='1'><infon key="type">Disease</infon><infon key="MESH">D006323|D001145</infon>
            <location offset='28' length='7' /><text>Cocaine</text></annotation></passage>
            </document></collection>
            """;

    @Test
    void readsPubTatorWithCompositeAndMissingIds() throws Exception {
        List<GoldDocument> docs = new PubTatorReader().read(new StringReader(PUBTATOR));
        assertEquals(2, docs.size());
        GoldDocument d = docs.get(0);
        assertEquals("1", d.id());
        assertEquals("Lidocaine-induced asystole.", d.title());
        assertEquals("Cocaine and lidocaine.", d.abstractText());
        assertEquals(List.of(
                new GoldAnnotation(0, 9, "Lidocaine", EntityType.CHEMICAL, List.of("D008012")),
                new GoldAnnotation(18, 26, "asystole", EntityType.DISEASE, List.of("D006323", "D001145")),
                new GoldAnnotation(28, 35, "Cocaine", EntityType.CHEMICAL, List.of())), d.annotations());
        assertEquals("", docs.get(1).abstractText());
    }

    @Test
    void readsBioCWithoutLoadingTheDtd() throws Exception {
        List<GoldDocument> docs = new BioCReader().read(
                new ByteArrayInputStream(BIOC.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, docs.size());
        assertEquals("Cocaine and lidocaine.", docs.get(0).abstractText());
        assertEquals(List.of(
                new GoldAnnotation(0, 9, "Lidocaine", EntityType.CHEMICAL, List.of("D008012")),
                new GoldAnnotation(28, 35, "Cocaine", EntityType.DISEASE, List.of("D006323", "D001145"))),
                docs.get(0).annotations());
    }

    @Test
    void refusesExternalEntities() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE c [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<collection><document><id>&x;</id></document></collection>";
        assertThrows(XMLStreamException.class, () -> new BioCReader().read(
                new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))));
    }

    private static final String NCBI = """
            10|t|Ataxia-telangiectasia and breast cancer.
            10|a|A-T carriers.
            10\t0\t21\tAtaxia-telangiectasia\tSpecificDisease\t D001260
            10\t26\t39\tbreast cancer\tModifier\tD001943|OMIM:114480
            10\t41\t44\tA-T\tCompositeMention\tD011125+D016399
            10\t41\t44\tA-T\tDiseaseClass\tOMIM:208900

            """;

    @Test
    void readsNcbiDiseaseTypesAsDiseaseWithPlusJoinedAndOmimIds() throws Exception {
        List<GoldDocument> docs = new PubTatorReader().read(new StringReader(NCBI));
        assertEquals(1, docs.size());
        assertEquals(List.of(
                new GoldAnnotation(0, 21, "Ataxia-telangiectasia", EntityType.DISEASE, List.of("D001260")),
                new GoldAnnotation(26, 39, "breast cancer", EntityType.DISEASE, List.of("D001943", "OMIM:114480")),
                new GoldAnnotation(41, 44, "A-T", EntityType.DISEASE, List.of("D011125", "D016399")),
                new GoldAnnotation(41, 44, "A-T", EntityType.DISEASE, List.of("OMIM:208900"))),
                docs.get(0).annotations());
    }

    @Test
    void bioCLeavesOutTheIndividualPartsOfACompositeMention() throws Exception {
        String xml = """
                <collection><document><id>7</id>
                <passage><infon key="type">title</infon><offset>0</offset><text>renal and hepatic failure</text>
                <annotation id="1"><infon key="type">Disease</infon><infon key="CompositeRole">CompositeMention</infon>
                <infon key="MESH">D051437|D017093</infon><location offset="0" length="25"/>
                <text>renal and hepatic failure</text></annotation>
                <annotation id="2"><infon key="type">Disease</infon><infon key="CompositeRole">IndividualMention</infon>
                <infon key="MESH">D051437</infon><location offset="0" length="5"/><location offset="18" length="7"/>
                <text>renal failure</text></annotation>
                </passage></document></collection>
                """;
        List<GoldDocument> docs = new BioCReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(new GoldAnnotation(0, 25, "renal and hepatic failure", EntityType.DISEASE,
                List.of("D051437", "D017093"))), docs.get(0).annotations());
    }

    @Test
    void readsS800WithInclusiveEndsIntoTitleSpaceAbstractOffsets() throws Exception {
        // title line with a trailing space, a blank line, the abstract: file offsets, end inclusive
        String file = "Growth of Escherichia coli. \n\nE. coli and yeast.\n";
        String annotations = "562\tspecies009:111\t10\t25\tEscherichia coli\n"
                + "562\tspecies009:111\t30\t36\tE. coli\n"
                + "4932\tspecies009:111\t42\t46\tyeast\n";
        Map<String, String> documents = S800Reader.documents(new StringReader(
                "species009\tPMID:111\tmed\t001\tJ. 1(1):1, 2011\nspecies011\tPMID:222\tmed\t002\tJ.\n"));
        List<GoldDocument> docs = new S800Reader().read(new StringReader(annotations), documents,
                name -> name.equals("species009") ? file : "Nothing here.\n\nNo organism.\n");
        assertEquals(List.of("111", "222"), docs.stream().map(GoldDocument::id).toList());
        GoldDocument d = docs.get(0);
        assertEquals("Growth of Escherichia coli.", d.title());
        assertEquals("E. coli and yeast.", d.abstractText());
        assertEquals(List.of(
                new GoldAnnotation(10, 26, "Escherichia coli", EntityType.SPECIES, List.of("562")),
                new GoldAnnotation(28, 35, "E. coli", EntityType.SPECIES, List.of("562")),
                new GoldAnnotation(40, 45, "yeast", EntityType.SPECIES, List.of("4932"))), d.annotations());
        assertEquals("yeast", (d.title() + " " + d.abstractText()).substring(40, 45));
        assertEquals(List.of(), docs.get(1).annotations());
        IOException wrong = assertThrows(IOException.class, () -> new S800Reader().read(
                new StringReader("562\tspecies009:111\t11\t26\tEscherichia coli\n"), documents, name -> file));
        assertTrue(wrong.getMessage().startsWith(S800Reader.MISMATCH), wrong.getMessage());
    }

    @Test
    void detectsGoldFormatsByContent() {
        assertEquals(GoldFormat.PUBTATOR, GoldFormat.detect(NCBI));
        assertEquals(GoldFormat.PUBTATOR, GoldFormat.detect("\uFEFF" + PUBTATOR));
        assertEquals(GoldFormat.BIOC_XML, GoldFormat.detect(BIOC));
        assertEquals(GoldFormat.S800_ANNOTATIONS, GoldFormat.detect("5833\tspecies001:21183147\t32\t52\tPlasmodium falciparum\n"));
        assertEquals(GoldFormat.S800_DOCUMENTS, GoldFormat.detect("species001\tPMID:21183147\tmed\t025\tLancet\n"));
        assertNull(GoldFormat.detect("{\"documents\": []}"));
        assertNull(GoldFormat.detect("<html><body/></html>"));
    }

    @Test
    void scoresAndReport() {
        Score s = new Score(8, 2, 8);
        assertEquals(0.8, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(0.6153846, s.f1(), 1e-6);
        String table = EvaluationReport.render(new EvaluationResult(3, "v1",
                java.util.Map.of(EntityType.DISEASE, s), java.util.Map.of(EntityType.DISEASE, new Score(1, 0, 1))));
        assertEquals(List.of("| Disease | mentions | 8 | 2 | 8 | 0.800 | 0.500 | 0.615 |",
                        "| Disease | normalisation | 1 | 0 | 1 | 1.000 | 0.500 | 0.667 |"),
                table.lines().filter(l -> l.startsWith("| Disease")).toList());
    }
}
