package org.litlod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.model.Document;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Relation;
import org.litlod.model.RelationArgument;

/**
 * The relations of the real inputs in ../shared/fixtures/literature become model relations
 * asserted by the source: PubTator3's typed, scored relations in BioC-JSON, and the CDR corpus's
 * chemical-induced-disease relations in BioC XML and in PubTator lines.
 */
class SourceRelationsFixturesTest {
    private final ConverterRegistry registry = ConverterRegistry.standard();

    private List<Document> convert(String file) throws Exception {
        return registry.convert(Literature.load(file));
    }

    private static RelationArgument argument(String role, EntityType type, IdScheme scheme, String id) {
        return new RelationArgument(role, type, List.of(new Identifier(scheme, id)));
    }

    @Test
    void pubTator3RelationsKeepTypeRolesAndScore() throws Exception {
        Document d = convert("pubtator3-biocjson/10.1016_j.molcel.2019.04.005.json").get(0);
        assertEquals(5, d.relations().size());
        Relation bind = d.relations().get(0);
        assertEquals("Bind", bind.type());
        assertEquals(Relation.Origin.SOURCE, bind.origin());
        assertEquals(0.9528, bind.score());
        assertEquals(List.of(argument("role1", EntityType.GENE, IdScheme.NCBI_GENE, "29126"),
                argument("role2", EntityType.GENE, IdScheme.NCBI_GENE, "54918")), bind.arguments());
        Relation disease = d.relations().get(3);
        assertEquals("Association", disease.type());
        assertEquals(argument("role1", EntityType.DISEASE, IdScheme.MESH, "D009369"), disease.arguments().get(0));
    }

    @Test
    void everyPubTator3FileKeepsAllItsRelations() throws Exception {
        int total = 0;
        for (var p : Literature.files("pubtator3-biocjson", ".json")) {
            Document d = convert("pubtator3-biocjson/" + p.getFileName()).get(0);
            assertTrue(d.warnings().stream().noneMatch(w -> w.startsWith(FieldWarning.BAD_RELATION)), d.warnings()::toString);
            total += d.relations().size();
        }
        assertEquals(9 + 4 + 5 + 2 + 3, total, "relations of the five PubTator3 exports");
    }

    @Test
    void cdrDevelopmentSetHasItsChemicalInducedDiseaseRelationsInBothFormats() throws Exception {
        List<Document> xml = convert("cdr-full/CDR_DevelopmentSet.BioC.xml");
        List<Document> tab = convert("cdr-full/CDR_DevelopmentSet.PubTator.txt");
        assertEquals(500, xml.size());
        Set<String> fromXml = triples(xml);
        assertEquals(1012, fromXml.size(), "the development set's CID relations");
        assertEquals(fromXml, triples(tab), "BioC XML and PubTator give the same relations");
        Document first = xml.get(0);
        assertEquals("6794356", first.ids().pmid());
        Relation r = first.relations().get(0);
        assertEquals("CID", r.type());
        assertEquals(List.of(argument("Chemical", EntityType.CHEMICAL, IdScheme.MESH, "D016651"),
                argument("Disease", EntityType.DISEASE, IdScheme.MESH, "D003490")), r.arguments());
    }

    @Test
    void cdrTrainingSetHasItsRelations() throws Exception {
        assertEquals(1038, triples(convert("cdr-full/CDR_TrainingSet.PubTator.txt")).size());
    }

    private static Set<String> triples(List<Document> docs) {
        Set<String> out = new TreeSet<>();
        for (Document d : docs) {
            for (Relation r : d.relations()) {
                assertEquals(Relation.Origin.SOURCE, r.origin());
                out.add(d.ids().pmid() + " " + r.type() + " " + r.arguments().get(0).ids() + " " + r.arguments().get(1).ids());
            }
        }
        return out;
    }
}
