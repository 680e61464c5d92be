package org.litlod.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Composes synthetic papers from sentence templates. Paper {@code i} of a corpus depends only on
 * the seed and {@code i} (each paper has its own random stream), so papers can be made in any
 * order or in parallel and the corpus is the same on every run.
 *
 * <p>Densities follow PubMed abstracts as annotated by PubTator: a title and 6–11 sentences
 * (about 150–300 words) with one or two concept mentions in most sentences, so 8–20 mentions
 * per document; 1–12 authors.
 */
final class PaperFactory {
    private static final List<String> TITLES = List.of(
            "{G} signalling in {D}: a cohort study",
            "Response of {D} to {C} in {S}",
            "Loss of {G} sensitises {D} cells to {C}",
            "{C} and {G} expression in patients with {D}",
            "A model of {D} in {S} reveals a role for {G}");
    private static final List<String> SENTENCES = List.of(
            "{D} remains a leading cause of morbidity worldwide.",
            "Mutations in {G} have been reported in a subset of patients with {D}.",
            "We treated {S} models with {C} for twelve weeks.",
            "Expression of {G} was measured by quantitative PCR in all samples.",
            "Treatment with {C} reduced tumour growth compared with placebo.",
            "The effect of {C} depended on the level of {G}.",
            "Patients with {D} who carried the variant responded less often.",
            "These findings were replicated in a second cohort.",
            "Knock-down of {G} abolished the response to {C}.",
            "Samples were collected from {S} at three time points.",
            "No serious adverse events were recorded during follow-up.",
            "Overall survival was longer in the treated group.",
            "{G} and {G} were co-expressed in most lesions.",
            "Our results suggest a new therapeutic target in {D}.");
    private static final List<String> GIVEN = List.of("Ada", "Ben", "Chen", "Dana", "Elif", "Farid",
            "Grete", "Hiro", "Ines", "Jon", "Kemi", "Lars", "Mei", "Nour", "Omar", "Priya");
    private static final List<String> FAMILY = List.of("Abara", "Berg", "Castro", "Dubois", "Eriksen",
            "Fischer", "Garcia", "Huang", "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau",
            "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka");
    private static final List<Journal> JOURNALS = List.of(
            Journal.of("Journal of Synthetic Oncology", "J Synth Oncol", "2049555"),
            Journal.of("Annals of Generated Medicine", "Ann Gen Med", "2049556"),
            Journal.of("Test Pharmacology Reports", "Test Pharmacol Rep", "2049557"),
            Journal.of("Invented Genetics", "Invent Genet", "2049558"));

    private final SentenceComposer composer;
    private final long seed;

    PaperFactory(Vocabulary vocabulary, long seed) {
        this.composer = new SentenceComposer(vocabulary);
        this.seed = seed;
    }

    /** Paper {@code index} of the corpus. */
    Paper paper(int index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        List<Paper.Mentioned> mentioned = new ArrayList<>();
        String title = composer.fill(TITLES.get(r.nextInt(TITLES.size())), r, Paper.TITLE, mentioned);
        int count = 6 + r.nextInt(6);
        List<String> sentences = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sentences.add(composer.fill(SENTENCES.get(r.nextInt(SENTENCES.size())), r, i, mentioned));
        }
        int authorCount = 1 + r.nextInt(12);
        List<String> authors = new ArrayList<>(authorCount);
        for (int i = 0; i < authorCount; i++) {
            authors.add(GIVEN.get(r.nextInt(GIVEN.size())) + " " + FAMILY.get(r.nextInt(FAMILY.size())));
        }
        LocalDate date = LocalDate.of(1990 + r.nextInt(36), 1 + r.nextInt(12), 1 + r.nextInt(28));
        return new Paper(index, title, sentences, authors, date, JOURNALS.get(r.nextInt(JOURNALS.size())),
                1 + r.nextInt(60), 1 + r.nextInt(12), mentioned);
    }
}
