package org.litlod.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litlod.model.Document;
import org.litlod.model.DocumentKind;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.ListedEntity;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;
import org.litlod.model.Passage;
import org.litlod.model.SourceInfo;

class TaggerTest {

    private static final Tagger TAGGER = new Tagger(SampleLexicon.standard());

    static Document doc(String title, String abstractText, ListedEntity... listed) {
        var b = Document.builder(new SourceInfo("test.txt", "0", "text", "test", "1", Instant.EPOCH),
                DocumentKind.OTHER, title).abstractText(abstractText);
        for (ListedEntity e : listed) {
            b.entity(e);
        }
        return b.build();
    }

    private static Optional<Mention> at(List<Mention> ms, String passage, String text, int from) {
        return ms.stream().filter(m -> m.passage().equals(passage) && m.text().equals(text) && m.start() >= from)
                .findFirst();
    }

    @Test
    void offsetsAreExactAndTextMatches() {
        Document d = TAGGER.tag(doc("Crizotinib in ALK-positive NSCLC", "Lung cancers in mice."));
        assertFalse(d.mentions().isEmpty());
        for (Mention m : d.mentions()) {
            Passage p = d.passages().stream().filter(x -> x.key().equals(m.passage())).findFirst().orElseThrow();
            assertEquals(p.text().substring(m.start(), m.end()), m.text());
        }
        Mention criz = at(d.mentions(), "title", "Crizotinib", 0).orElseThrow();
        assertEquals(EntityType.CHEMICAL, criz.type());
        assertEquals(List.of(Evidence.DICTIONARY), criz.foundBy());
        assertEquals(List.of(SampleLexicon.mondo("0008903"), SampleLexicon.mesh("D008175")),
                at(d.mentions(), "abstract", "Lung cancers", 0).orElseThrow().ids());
    }

    @Test
    void definedShortFormResolvesLaterUses() {
        String text = "Patients with anaplastic large tumours of the lung, or non-small-cell lung cancer (NSCLC), "
                + "were treated. NSCLCs relapsed.";
        List<Mention> ms = TAGGER.find(doc("A study", text));
        Mention inBrackets = at(ms, "abstract", "NSCLC", 0).orElseThrow();
        assertEquals(List.of(SampleLexicon.mondo("0005233"), SampleLexicon.mesh("D002289")), inBrackets.ids());
        assertTrue(inBrackets.foundBy().contains(Evidence.ABBREVIATION));
        Mention later = at(ms, "abstract", "NSCLCs", 0).orElseThrow();
        assertEquals(SampleLexicon.mondo("0005233"), later.ids().get(0));
        assertEquals(1, ms.stream().filter(m -> m.text().equals("non-small-cell lung cancer")).count());
    }

    @Test
    void abbreviationUnknownToTheDictionaryResolvesToItsLongForm() {
        String text = "Low platelet count (LPC) is common. LPC was treated.";
        List<Mention> ms = TAGGER.find(doc("A study", text));
        Mention later = at(ms, "abstract", "LPC", 30).orElseThrow();
        assertEquals(SampleLexicon.mondo("0002049"), later.ids().get(0));
        assertEquals(List.of(Evidence.ABBREVIATION), later.foundBy());
    }

    @Test
    void shortFormDefinedAsSomethingElseIsNotTheGeneAlias() {
        String title = "EMT and resistance";
        String text = "Mechanisms include bypass tracks and epithelial\u2013mesenchymal transition (EMT). "
                + "Moreover, EMT may contribute. ITK is unrelated.";
        List<Mention> ms = TAGGER.find(doc(title, text));
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("EMT")), ms.toString());
        assertEquals(List.of(SampleLexicon.gene("3702")), at(ms, "abstract", "ITK", 0).orElseThrow().ids());
    }

    @Test
    void aliasWithoutDefinitionIsTagged() {
        List<Mention> ms = TAGGER.find(doc("EMT in T cells", "Nothing defined."));
        assertEquals(List.of(SampleLexicon.gene("3702")), at(ms, "title", "EMT", 0).orElseThrow().ids());
    }

    @Test
    void shortFormDefinedAsItsOwnConceptIsKept() {
        List<Mention> ms = TAGGER.find(doc("A study",
                "Therapies for myelodysplastic neoplasms (MDS)-associated thrombocytopenia. MDS patients."));
        assertEquals(2, ms.stream().filter(m -> m.text().equals("MDS")
                && m.ids().equals(List.of(SampleLexicon.mesh("D009190")))).count());
        Mention longForm = at(ms, "abstract", "myelodysplastic neoplasms", 0).orElseThrow();
        assertEquals(List.of(SampleLexicon.mesh("D009190")), longForm.ids());
        assertEquals(List.of(Evidence.ABBREVIATION), longForm.foundBy());
    }

    @Test
    void variantsAreNormalisedAndAttachedToTheGene() {
        String text = "Secondary mutations in the ALK kinase domain are found in 22-36% of patients. "
                + "These mutations, such as L1196M and C1156Y, impact crizotinib binding; EGFR is bypassed.";
        List<Mention> ms = TAGGER.find(doc("Resistance", text));
        Mention l = at(ms, "abstract", "L1196M", 0).orElseThrow();
        assertEquals(EntityType.VARIANT, l.type());
        assertEquals(List.of(new Identifier(IdScheme.HGVS_PROTEIN, "p.Leu1196Met")), l.ids());
        assertEquals(List.of(SampleLexicon.gene("238")), l.related());
        assertEquals(List.of(Evidence.VARIANT_PATTERN), l.foundBy());
        Mention c = at(ms, "abstract", "C1156Y", 0).orElseThrow();
        assertEquals(List.of(new Identifier(IdScheme.HGVS_PROTEIN, "p.Cys1156Tyr")), c.ids());
        assertEquals(List.of(SampleLexicon.gene("238")), c.related());
    }

    @Test
    void speciesFromCommonWords() {
        List<Mention> ms = TAGGER.find(doc("Patients and mice", "A murine model and human cells; women."));
        assertEquals(List.of(SampleLexicon.taxon("9606")), at(ms, "title", "Patients", 0).orElseThrow().ids());
        assertEquals(List.of(SampleLexicon.taxon("10090")), at(ms, "title", "mice", 0).orElseThrow().ids());
        assertEquals(List.of(SampleLexicon.taxon("10090")), at(ms, "abstract", "murine", 0).orElseThrow().ids());
        assertEquals(EntityType.SPECIES, at(ms, "abstract", "women", 0).orElseThrow().type());
    }

    @Test
    void listedEntitiesAreMatchedAndMergedWithTheDictionary() {
        ListedEntity alk = new ListedEntity(EntityType.GENE, "Genes", "Full-text entities", "ALK",
                "ALK receptor tyrosine kinase", List.of(SampleLexicon.gene("238")), List.of("ALK1", "CD246"));
        ListedEntity bare = new ListedEntity(EntityType.GENE, "Proteins", "Linked entities", "ALK",
                "ALK receptor tyrosine kinase", List.of(), List.of());
        ListedEntity aurka = new ListedEntity(EntityType.GENE, "Genes", "Full-text entities", "Aurora kinase A",
                null, List.of(SampleLexicon.gene("6790")), List.of());
        List<Mention> ms = TAGGER.find(doc("ALK and ALK1", "Targets Aurora kinase A.", alk, bare, aurka));
        List<Mention> alks = ms.stream().filter(m -> m.text().equals("ALK")).toList();
        assertEquals(1, alks.size());
        assertEquals(List.of(Evidence.SOURCE_LIST, Evidence.DICTIONARY), alks.get(0).foundBy());
        assertEquals(List.of(SampleLexicon.gene("238")), alks.get(0).ids());
        assertEquals(List.of(Evidence.SOURCE_LIST), at(ms, "title", "ALK1", 0).orElseThrow().foundBy());
        assertEquals(List.of(SampleLexicon.gene("6790")), at(ms, "abstract", "Aurora kinase A", 0).orElseThrow().ids());
    }

    @Test
    void taggerIsReusableAcrossDocuments() {
        Document a = doc("ALK in NSCLC", "x");
        assertEquals(TAGGER.find(a), TAGGER.find(a));
        assertEquals(List.of(), TAGGER.find(doc("Nothing here", "at all")));
    }

    @Test
    void chemicalMatchesTakeTheirStereoDescriptor() {
        List<Mention> ms = TAGGER.find(doc("A study", "Given all-trans-retinoic acid and 13-cis-retinoic acid."));
        assertTrue(at(ms, "abstract", "all-trans-retinoic acid", 0).isPresent(), ms.toString());
        assertTrue(at(ms, "abstract", "cis-retinoic acid", 0).isPresent(), ms.toString());
    }

    @Test
    void concurrentTaggingGivesTheSameMentionsAsSequential() throws Exception {
        List<Document> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            docs.add(doc("ALK and c-MET in NSCLC " + i, "Non-small-cell lung cancer (NSCLC) with L1196M in ALK; "
                    + "mice and patients; EMT and thrombocytopenia " + i + "."));
        }
        List<List<Mention>> sequential = docs.stream().map(TAGGER::find).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Mention>>> futures = new java.util.ArrayList<>();
            for (Document d : docs) {
                futures.add(pool.submit(() -> TAGGER.find(d)));
            }
            for (int i = 0; i < docs.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void whatResemblesAThingIsNotTheThing() {
        List<Mention> ms = TAGGER.find(doc("A thrombocytopenia-like syndrome", "Thrombocytopenia was seen."));
        assertTrue(at(ms, "title", "thrombocytopenia", 0).isEmpty(), ms.toString());
        assertTrue(at(ms, "abstract", "Thrombocytopenia", 0).isPresent(), ms.toString());
    }

    @Test
    void officialSymbolDefinedAsSomethingElseDoesNotNameTheLongForm() {
        List<Mention> ms = TAGGER.find(doc("A study", "Cells undergo mesenchymal–epithelial transition (MET)."));
        assertTrue(ms.stream().noneMatch(m -> m.text().startsWith("mesenchymal")), ms.toString());
    }
}
