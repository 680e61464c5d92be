package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.litlod.convert.Literature;
import org.litlod.convert.SourceText;
import org.litlod.rdf.MappedDocument;
import org.litlod.rdf.Sparql;

/**
 * Relations through the standard pipeline (SHACL-checked on the way): Biolink associations whose
 * subject and object are the entities the paper's annotations have as body, with the source's type,
 * roles and score, who asserts them, and their evidence.
 */
class RelationsPublishedTest {
    private static final String PAPER = SeedCorpus.BASE + "paper/pmid/90000050";

    private static Sparql published(SourceText in) throws Exception {
        List<MappedDocument> docs = Publishers.standard(SeedCorpus.BASE, null).publish(in);
        return new Sparql(docs.get(0).graph());
    }

    private static Sparql cdrStyle() throws Exception {
        Path p = Path.of("src/test/resources/convert/pubtator/cdr-style-two-documents.txt");
        return published(new SourceText(p.getFileName().toString(), Files.readAllBytes(p)));
    }

    @Test
    void aCidRelationIsAChemicalToDiseaseAssociationWithItsSentences() throws Exception {
        Sparql q = cdrStyle();
        assertTrue(q.ask("?r a biolink:Association, biolink:ChemicalToDiseaseOrPhenotypicFeatureAssociation ;"
                + " biolink:subject <http://id.nlm.nih.gov/mesh/D002945> ; biolink:predicate biolink:causes ;"
                + " biolink:object <http://id.nlm.nih.gov/mesh/D007674> ; biolink:publications <" + PAPER + "> ;"
                + " litlod:relationType \"CID\" ; litlod:subjectRole \"Chemical\" ; litlod:objectRole \"Disease\" ;"
                + " litlod:assertedBy litlod:SourceAssertion ; litlod:sentenceCount 2 ;"
                + " litlod:evidencePassage <" + PAPER + "/passage/title>, <" + PAPER + "/passage/abstract> ;"
                + " litlod:evidenceSentence \"Cisplatin-induced nephrotoxicity and ototoxicity.\" ."
                + " FILTER NOT EXISTS { ?r litlod:score ?s }"));
    }

    @Test
    void relationsNameTheEntitiesTheAnnotationsName() throws Exception {
        Sparql q = cdrStyle();
        List<String> unannotated = q.values("SELECT ?e WHERE { ?r biolink:publications ?p ; litlod:participant ?e ."
                + " FILTER NOT EXISTS { ?a oa:hasTarget ?p ; oa:hasBody ?e } }");
        assertEquals(List.of(), unannotated);
    }

    @Test
    void litlodAddsWhatItFindsAndSaysSo() throws Exception {
        Sparql q = cdrStyle();
        assertEquals(List.of("http://id.nlm.nih.gov/mesh/D006311", "http://id.nlm.nih.gov/mesh/D007674"),
                q.values("SELECT DISTINCT ?d WHERE { ?r biolink:subject <http://id.nlm.nih.gov/mesh/D002945> ;"
                        + " biolink:predicate biolink:causes ; biolink:object ?d ; litlod:assertedBy litlod:InductionCue ;"
                        + " litlod:relationType \"induces\" } ORDER BY ?d"));
        assertEquals(List.of("4"), q.values("SELECT (COUNT(*) AS ?n) WHERE { ?r a biolink:Association }"),
                "two CID relations and the two inductions litlod found (the composite 'renal and auditory toxicity'"
                        + " names two diseases, not one); the rats are related to nothing");
    }

    @Test
    void pubTator3RelationsKeepTypeScoreAndPutTheGeneFirst() throws Exception {
        Sparql q = published(Literature.load("pubtator3-biocjson/10.1016_j.molcel.2019.04.005.json"));
        assertTrue(q.ask("?r a biolink:GeneToDiseaseAssociation ; biolink:subject <http://identifiers.org/ncbigene/29126> ;"
                + " biolink:predicate biolink:associated_with ; biolink:object <http://id.nlm.nih.gov/mesh/D009369> ;"
                + " litlod:subjectRole \"role2\" ; litlod:objectRole \"role1\" ; litlod:relationType \"Association\" ;"
                + " litlod:score 0.999 ; litlod:assertedBy litlod:SourceAssertion ."));
        assertTrue(q.ask("?r a biolink:GeneToGeneAssociation ; biolink:subject <http://identifiers.org/ncbigene/29126> ;"
                + " biolink:predicate biolink:physically_interacts_with ; biolink:object <http://identifiers.org/ncbigene/54918> ;"
                + " litlod:relationType \"Bind\" ; litlod:score 0.9528 ."));
    }
}
