package org.litlod.tag.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
