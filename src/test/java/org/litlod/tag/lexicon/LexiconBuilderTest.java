package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

class LexiconBuilderTest {

    private static LexiconSources sources;
    private static CompiledLexicon lexicon;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LexiconBuilderTest.class.getResource("/tag/lexicon/" + name).toURI());
    }

    private static Identifier id(IdScheme scheme, String value) {
        return new Identifier(scheme, value);
    }

    @BeforeEach
    void needsTheVocabularies() {
        SharedVocab.dir();
    }

    @BeforeAll
    static void build() throws IOException, URISyntaxException {
        if (!SharedVocab.present()) {
            return;
        }
        sources = LexiconSources.builder()
                .builtin(false)
                .geneInfo(SharedVocab.file("ncbi-gene/Homo_sapiens.gene_info.head27.tsv"))
                .geneTaxon("9606")
                .hgnc(resource("hgnc_complete_set.sample.tsv"))
                .mondoObo(resource("mondo-deprecated.obo"))
                .meshXml(SharedVocab.file("mesh/desc-samples.xml"))
                .meshXml(SharedVocab.file("mesh/supp-samples.xml"))
                .taxonomy(SharedVocab.file("ncbi-taxonomy/names.dmp").getParent())
                .sssom(SharedVocab.file("mondo/mondo_exactmatch_mesh.sssom.tsv"))
                .pubchemMesh(SharedVocab.file("pubchem/pubchem_mesh_map.tsv"))
                .pubchemSynonyms(resource("cid-synonyms.tsv"))
                .build();
        lexicon = LexiconBuilder.build(sources);
    }

    @Test
    void mergesMeshAndMondoDiseasesLinkedBySssomMondoFirst() {
        Concept neoplasm = lexicon.concept(id(IdScheme.MESH, "D009369")).orElseThrow();
        assertEquals(List.of(id(IdScheme.MONDO, "0005070"), id(IdScheme.MESH, "D009369")), neoplasm.ids());
        assertEquals("neoplasm", neoplasm.preferred());
        assertTrue(neoplasm.names().containsAll(List.of("tumor", "Neoplasms", "Tumors", "Cancer")),
                neoplasm.names().toString());
        assertEquals(List.of(id(IdScheme.MONDO, "0005015"), id(IdScheme.MESH, "D003920")),
                lexicon.concept(id(IdScheme.MONDO, "0005015")).orElseThrow().ids());
    }

    @Test
    void mergesPubChemAndMeshChemicalsLinkedByTheCidMeshTableCidFirst() {
        Concept acetaminophen = lexicon.concept(id(IdScheme.PUBCHEM_COMPOUND, "1983")).orElseThrow();
        assertEquals(List.of(id(IdScheme.PUBCHEM_COMPOUND, "1983"), id(IdScheme.MESH, "D000082")),
                acetaminophen.ids());
        assertEquals("acetaminophen", acetaminophen.preferred());
        assertTrue(acetaminophen.names().contains("paracetamol"), acetaminophen.names().toString());
        assertEquals(List.of(id(IdScheme.MESH, "D000082")),
                lexicon.equivalents(id(IdScheme.PUBCHEM_COMPOUND, "1983")));
        assertTrue(lexicon.concept(id(IdScheme.PUBCHEM_COMPOUND, "2244")).isEmpty(),
                "CIDs without a MeSH link are left out when a CID-MeSH table is given");
    }

    @Test
    void everyLabelledSssomExactMatchIsADiseaseWithBothIdentifiers() {
        Concept nsclc = lexicon.concept(id(IdScheme.MESH, "D002289")).orElseThrow();
        assertEquals(List.of(id(IdScheme.MONDO, "0005233"), id(IdScheme.MESH, "D002289")), nsclc.ids());
        assertEquals(EntityType.DISEASE, nsclc.type());
        assertEquals("non-small cell lung carcinoma", nsclc.preferred());
        assertEquals(List.of(id(IdScheme.MESH, "D002289")), lexicon.equivalents(id(IdScheme.MONDO, "0005233")));
        assertTrue(lexicon.concepts().stream().filter(c -> c.type() == EntityType.DISEASE).count() > 8000,
                "the SSSOM set has 8,182 labelled exact matches");
    }

    @Test
    void mergesGeneInfoAndHgncGenesAndReadsSpecies() {
        assertEquals(List.of(id(IdScheme.NCBI_GENE, "1"), id(IdScheme.HGNC, "5")),
                lexicon.concept(id(IdScheme.NCBI_GENE, "1")).orElseThrow().ids());
        Concept ros1 = lexicon.concept(id(IdScheme.HGNC, "10261")).orElseThrow();
        assertEquals(id(IdScheme.NCBI_GENE, "6098"), ros1.id());
        assertTrue(lexicon.isAmbiguous("ROS"), "curated: reactive oxygen species");
        assertEquals("Mus musculus", lexicon.concept(id(IdScheme.NCBI_TAXON, "10090")).orElseThrow().preferred());
    }

    @Test
    void versionNamesTheSourceFilesAndTheSssomRelease() {
        assertTrue(lexicon.version().contains("desc-samples.xml"), lexicon.version());
        assertTrue(lexicon.version().contains("releases/2026-08-04"), lexicon.version());
    }

    @Test
    void theBuildOperationWritesAnIndexThatLoadsBack(@TempDir Path dir) throws IOException {
        Path index = dir.resolve("lexicon.llx");
        CompiledLexicon built = LexiconBuild.run(sources, index);
        CompiledLexicon loaded = Lexicons.load(index);
        assertEquals(built.concepts(), loaded.concepts());
        assertEquals(Set.copyOf(built.equivalents(id(IdScheme.MONDO, "0005070"))),
                Set.copyOf(loaded.equivalents(id(IdScheme.MONDO, "0005070"))));
    }
}
