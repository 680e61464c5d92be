package org.litlod.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Mention.Evidence;
import org.litlod.model.Mention;
import org.litlod.tag.dict.Target;
import org.litlod.tag.lexicon.Concept;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GeneOrganismsTest {

    private static Concept gene(String id, String taxon, String fullName, String... names) {
        return new Concept(EntityType.GENE, List.of(new Identifier(IdScheme.NCBI_GENE, id)), fullName,
                List.of(names), taxon);
    }

    private static final Tagger TAGGER;

    static {
        List<Concept> c = new ArrayList<>(SampleLexicon.standard().concepts());
        c.add(gene("920", "9606", "CD4 molecule", "CD4", "T4"));
        c.add(gene("12504", "10090", "CD4 antigen", "CD4", "L3T4"));
        c.add(gene("7158", "9606", "tumor protein p53 binding protein 1", "TP53BP1", "Trp53bp1"));
        c.add(new Concept(EntityType.SPECIES, List.of(SampleLexicon.taxon("10116")), "Rattus norvegicus",
                List.of("Norway rat"), null));
        c.add(new Concept(EntityType.SPECIES, List.of(SampleLexicon.taxon("11276")), "Vesicular stomatitis virus",
                List.of("VSV"), null));
        TAGGER = new Tagger(new SampleLexicon(c, Map.of()));
    }

    private static List<Mention> genes(String text) {
        return TAGGER.find(TaggerTest.doc("A study", text)).stream().filter(m -> m.type() == EntityType.GENE)
                .toList();
    }

    private static Mention gene(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst().orElse(null);
    }

    @Test
    void aMousePaperGivesAHumanOnlyGeneNoHumanIdentifier() {
        List<Mention> ms = genes("Trp53bp1 was knocked out in mice. Mutant mice developed lymphomas.");
        Mention m = gene(ms, "Trp53bp1");
        assertEquals(List.of(), m.ids());
        assertEquals(List.of(Evidence.DICTIONARY), m.foundBy());
    }

    @Test
    void aHumanPaperKeepsTheHumanGene() {
        List<Mention> ms = genes("Trp53bp1 was mutated in tumours of patients. Mutant mice developed lymphomas.");
        assertEquals(List.of(SampleLexicon.gene("7158")), gene(ms, "Trp53bp1").ids());
    }

    @Test
    void aSingleSpeciesMentionIsNotClearEnough() {
        List<Mention> ms = genes("Trp53bp1 was knocked out in mice.");
        assertEquals(List.of(SampleLexicon.gene("7158")), gene(ms, "Trp53bp1").ids());
    }

    @Test
    void aSymbolSharedByOrganismsTakesTheDocumentsOrganism() {
        assertEquals(List.of(SampleLexicon.gene("12504")),
                gene(genes("CD4 T cells of mice. Mouse thymus."), "CD4").ids());
        assertEquals(List.of(SampleLexicon.gene("920")),
                gene(genes("CD4 T cells of patients. Mouse thymus."), "CD4").ids());
        assertEquals(List.of(SampleLexicon.gene("920")), gene(genes("CD4 T cells."), "CD4").ids());
    }

    @Test
    void aRatPaperDropsTheMouseGeneToo() {
        List<Mention> ms = genes("CD4 T cells of the Norway rat. Rats were fed.");
        assertEquals(List.of(), gene(ms, "CD4").ids());
    }

    @Test
    void virusesDoNotMakeADocumentClear() {
        List<Mention> ms = genes("Vesicular stomatitis virus replication needs Trp53bp1. VSV and VSV mutants.");
        assertEquals(List.of(SampleLexicon.gene("7158")), gene(ms, "Trp53bp1").ids());
        List<Mention> inMice = genes("VSV replication needs Trp53bp1 in mice. Mouse cells.");
        assertEquals(List.of(), gene(inMice, "Trp53bp1").ids());
    }

    @Test
    void theOrganismsAreTheMentionedTaxaOrNull() {
        GeneOrganisms g = new GeneOrganisms(SampleLexicon.standard());
        var mouse = new Target(EntityType.SPECIES, List.of(SampleLexicon.taxon("10090")),
                List.of("Mus musculus"));
        var human = new Target(EntityType.SPECIES, List.of(SampleLexicon.taxon("9606")),
                List.of("Homo sapiens"));
        List<Candidate> twoMice = new ArrayList<>(List.of(new Candidate(0, 4, mouse, true, Evidence.DICTIONARY),
                new Candidate(10, 14, mouse, true, Evidence.DICTIONARY)));
        assertEquals(Set.of("10090"), g.organisms(List.of(twoMice)));
        assertNull(g.organisms(List.of(twoMice.subList(0, 1))));
        List<Candidate> withHuman = new ArrayList<>(twoMice);
        withHuman.add(new Candidate(20, 25, human, true, Evidence.DICTIONARY));
        assertNull(g.organisms(List.of(withHuman)));
    }
}
