package org.litlod.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.SourceText;
import org.litlod.model.Document;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.ListedEntity;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;
import org.litlod.model.Passage;
import org.litlod.tag.lexicon.Lexicons;

/** The three seed documents, converted by the standard converters and tagged with the builtin lexicon. */
class SeedTaggingTest {

    private static final Tagger TAGGER = org.litlod.publish.Publishers.tagger(Lexicons.builtin());

    static Document seed(String prefix) throws Exception {
        Path dir = Path.of("seeds");
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
        List<Document> docs = ConverterRegistry.standard().convert(
                new SourceText(file.getFileName().toString(), Files.readAllBytes(file)));
        return TAGGER.tag(docs.get(0));
    }

    private static boolean has(Document d, EntityType type, IdScheme scheme, String value) {
        Identifier id = new Identifier(scheme, value);
        return d.mentions().stream().anyMatch(m -> m.type() == type && m.ids().contains(id));
    }

    private static List<Mention> withText(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).toList();
    }

    @Test
    void seed002() throws Exception {
        Document d = seed("002");
        assertTrue(has(d, EntityType.GENE, IdScheme.NCBI_GENE, "238"), "ALK");
        assertTrue(has(d, EntityType.GENE, IdScheme.NCBI_GENE, "6098"), "ROS1");
        assertTrue(has(d, EntityType.GENE, IdScheme.NCBI_GENE, "4233"), "MET");
        assertTrue(has(d, EntityType.GENE, IdScheme.NCBI_GENE, "1956"), "EGFR");
        assertTrue(has(d, EntityType.GENE, IdScheme.NCBI_GENE, "3815"), "KIT");
        assertTrue(has(d, EntityType.DISEASE, IdScheme.MESH, "D002289"), "NSCLC");
        assertTrue(has(d, EntityType.CHEMICAL, IdScheme.MESH, "D000077547"), "crizotinib");
        assertTrue(withText(d, "cMET").stream().anyMatch(m -> m.ids().contains(new Identifier(IdScheme.NCBI_GENE, "4233"))));
        Mention l = withText(d, "L1196M").get(0);
        assertEquals(List.of(new Identifier(IdScheme.HGVS_PROTEIN, "p.Leu1196Met")), l.ids());
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "238")), l.related());
        Mention c = withText(d, "C1156Y").get(0);
        assertEquals(List.of(new Identifier(IdScheme.HGVS_PROTEIN, "p.Cys1156Tyr")), c.ids());
        assertEquals(List.of(new Identifier(IdScheme.NCBI_GENE, "238")), c.related());
        assertFalse(has(d, EntityType.GENE, IdScheme.NCBI_GENE, "3702"), "EMT is not ITK");
    }

    @Test
    void aGeneAliasOnTheStopListIsStillTheChemicalItNames() throws Exception {
        Document d = seed("002");
        List<Mention> atp = withText(d, "ATP");
        assertFalse(atp.isEmpty(), "'ATP competitive inhibitor' mentions ATP");
        assertTrue(atp.stream().allMatch(m -> m.type() == EntityType.CHEMICAL
                && m.ids().contains(new Identifier(IdScheme.MESH, "D000255"))), atp.toString());
    }

    @Test
    void seed002EmtIsNotItkEvenWithoutTheCuratedAmbiguityList() throws Exception {
        Tagger plain = new Tagger(new SampleLexicon(Lexicons.builtin().concepts(), java.util.Map.of()));
        Path file = Path.of("seeds/002_ded442ce58b4f461.txt");
        Document d = plain.tag(ConverterRegistry.standard().convert(
                new SourceText(file.getFileName().toString(), Files.readAllBytes(file))).get(0));
        assertTrue(has(d, EntityType.GENE, IdScheme.NCBI_GENE, "238"), "ALK");
        assertTrue(d.mentions().stream().noneMatch(m -> m.text().equals("EMT")), "EMT is not ITK");
    }

    @Test
    void seed002BoilerplateContributesNothing() throws Exception {
        Document d = seed("002");
        for (Mention m : d.mentions()) {
            Passage p = d.passages().stream().filter(x -> x.key().equals(m.passage())).findFirst().orElseThrow();
            assertFalse(p.text().contains("Pterostilbene") || p.text().contains("Remogliflozin")
                    || p.text().contains("Supply Ability"), m.toString());
        }
    }

    @Test
    void seed001() throws Exception {
        Document d = seed("001");
        assertTrue(has(d, EntityType.GENE, IdScheme.NCBI_GENE, "238"), "ALK");
        assertTrue(has(d, EntityType.GENE, IdScheme.NCBI_GENE, "3815"), "KIT");
        assertTrue(has(d, EntityType.GENE, IdScheme.NCBI_GENE, "1956"), "EGFR");
        assertTrue(has(d, EntityType.DISEASE, IdScheme.MESH, "D002289"), "NSCLC");
        assertTrue(has(d, EntityType.CHEMICAL, IdScheme.MESH, "D000077547"), "crizotinib");
        assertFalse(has(d, EntityType.SPECIES, IdScheme.NCBI_TAXON, "9606"),
                "'patients' is no species mention: the S800 annotators leave it alone, so the lexicon marks it unused");
        assertTrue(withText(d, "NSCLCs").stream().allMatch(m -> m.ids().contains(new Identifier(IdScheme.MESH, "D002289"))));
    }

    @Test
    void seed000ListedEntitiesAreFoundInItsText() throws Exception {
        Document d = seed("000");
        for (ListedEntity e : d.entities()) {
            Pattern word = Pattern.compile("(?<![\\w-])" + Pattern.quote(e.name()) + "(?![\\w-])");
            if (d.passages().stream().anyMatch(p -> word.matcher(p.text()).find())) {
                assertTrue(d.mentions().stream().anyMatch(m -> m.text().equals(e.name())
                        && m.foundBy().contains(Evidence.SOURCE_LIST)), e.name());
            }
        }
        Mention alk = withText(d, "ALK").get(0);
        assertTrue(alk.foundBy().containsAll(List.of(Evidence.SOURCE_LIST, Evidence.DICTIONARY)));
        assertTrue(alk.ids().contains(new Identifier(IdScheme.NCBI_GENE, "238")));
        Mention thrombo = d.mentions().stream().filter(m -> m.passage().equals("abstract")
                && m.text().equals("thrombocytopenia")).findFirst().orElseThrow();
        assertTrue(thrombo.ids().contains(new Identifier(IdScheme.MESH, "D013921")));
        assertTrue(d.mentions().stream().anyMatch(m -> m.passage().equals("abstract")
                && m.text().equals("murine") && m.ids().contains(new Identifier(IdScheme.NCBI_TAXON, "10090"))));
    }
}
