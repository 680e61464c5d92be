package org.litlod.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Composes the body and reference list of a paper's full text, as a PMC research article lays
 * them out: Introduction, Materials and methods (in subsections), Results (in subsections with
 * figures), Discussion and Conclusions. Paragraphs have 6–10 sentences (about 100 words); an
 * article has 27–47 paragraphs, 2,300–4,300 words (the PMC fixtures have 4,200–6,400 with their
 * tables), a concept in about half the sentences (150–250 names) and 20–60 references, cited
 * mostly from the introduction and discussion. The references are other papers of the corpus,
 * so citations link documents to each other. The full text of paper {@code i} depends only on
 * the seed and {@code i}: its random stream is split from the paper's.
 */
final class FullTextFactory {
    private static final List<String> INTRODUCTION = List.of(
            "{D} affects millions of people and its incidence is rising.",
            "Several studies have linked {G} to the progression of {D}.",
            "{C} was first described as an inhibitor of {G}.",
            "Despite these advances, the mechanisms that drive {D} remain poorly understood.",
            "Animal models, in particular {S}, have been used to study the disease.",
            "Previous work showed that {G} interacts with {G} in several cell types.",
            "The clinical benefit of {C} in {D} has been debated.",
            "Little is known about how {G} is regulated during treatment.",
            "Genome-wide association studies have identified risk loci near {G}.",
            "Current guidelines recommend {C} as first-line therapy.",
            "Resistance to treatment develops in a large fraction of patients.",
            "Here we asked whether {C} alters the expression of {G} in {D}.");
    private static final List<String> METHODS = List.of(
            "{S} were housed under standard conditions with free access to food and water.",
            "Cells were treated with {C} at the indicated concentrations for 48 hours.",
            "Total RNA was extracted with a column-based kit according to the manufacturer's instructions.",
            "Primers for {G} and {G} were designed to span exon junctions.",
            "Antibodies against {G} were used at a dilution of 1:1000.",
            "Patients with a confirmed diagnosis of {D} were enrolled between 2015 and 2019.",
            "The study was approved by the institutional ethics committee & all participants gave written consent.",
            "Data are presented as mean ± standard deviation of three independent experiments.",
            "Differences between groups were assessed with a two-sided t-test, and P < 0.05 was considered significant.",
            "Tissue sections were stained with an antibody against {G} and counterstained with haematoxylin.",
            "Knock-down of {G} was achieved with two independent siRNAs.",
            "{C} was dissolved in DMSO and diluted in culture medium.");
    private static final List<String> METHOD_HEADINGS = List.of("Study design and participants", "Animals",
            "Cell culture and treatment", "RNA extraction and quantitative PCR", "Western blotting",
            "Immunohistochemistry", "Statistical analysis");
    private static final List<String> RESULTS = List.of(
            "Expression of {G} was higher in {D} tissue than in matched normal tissue.",
            "Treatment with {C} reduced the level of {G} by about half.",
            "In {S}, {C} delayed the onset of {D}.",
            "Silencing {G} abolished the effect of {C} on cell viability.",
            "The difference remained significant after adjustment for age and sex (P < 0.01).",
            "No change in {G} expression was observed in control cells.",
            "Patients with high {G} expression had shorter overall survival.",
            "{G} co-localised with {G} in the nucleus.",
            "These effects were dose-dependent and reversible.",
            "Similar results were obtained in a second cohort of patients with {D}.",
            "Combined treatment with {C} and {C} was more effective than either drug alone.");
    private static final List<String> RESULT_HEADINGS = List.of("{G} is overexpressed in {D}",
            "{C} reduces {G} expression in {S}", "Loss of {G} impairs the response to {C}",
            "{G} and {G} act in the same pathway", "{C} delays {D} in {S}");
    private static final List<String> FIGURE_TITLES = List.of("{G} expression in {D}.", "Effect of {C} on {G}.",
            "Survival of {S} treated with {C}.", "{G} and {G} in {D} tissue.");
    private static final List<String> DISCUSSION = List.of(
            "In this study, we show that {G} contributes to {D}.",
            "Our findings agree with earlier reports of {G} activity in {S}.",
            "{C} has been shown to act on several targets besides {G}.",
            "One limitation of this study is its modest sample size.",
            "The role of {G} in other forms of {D} deserves further study.",
            "Whether these results translate to patients remains to be established.",
            "An alternative explanation is that {C} acts through {G}.",
            "Taken together, these data point to {G} as a therapeutic target in {D}.",
            "Prospective trials will be needed to confirm the benefit of {C}.");

    private final SentenceComposer composer;
    private final PaperFactory papers;
    private final long seed;

    FullTextFactory(Vocabulary vocabulary, PaperFactory papers, long seed) {
        this.composer = new SentenceComposer(vocabulary);
        this.papers = papers;
        this.seed = seed;
    }

    /** The full text of {@code paper}. */
    FullText fullText(Paper paper) {
        Draft d = new Draft(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + paper.index()).split());
        List<FullText.Section> sections = new ArrayList<>();
        sections.add(new FullText.Section("Introduction", d.paragraphs(INTRODUCTION, 3 + d.r.nextInt(3), 50),
                List.of(), List.of()));
        List<FullText.Section> methods = new ArrayList<>();
        for (int h = 0; h < METHOD_HEADINGS.size(); h++) {
            if (d.r.nextInt(3) != 0) {
                methods.add(new FullText.Section(METHOD_HEADINGS.get(h),
                        d.paragraphs(METHODS, 1 + d.r.nextInt(3), 15), List.of(), List.of()));
            }
        }
        sections.add(new FullText.Section("Materials and methods", List.of(), List.of(), methods));
        List<FullText.Section> results = new ArrayList<>();
        for (int n = 3 + d.r.nextInt(3), h = 0; h < n; h++) {
            String heading = d.sentence(RESULT_HEADINGS);
            List<FullText.Paragraph> paragraphs = d.paragraphs(RESULTS, 3 + d.r.nextInt(3), 10);
            List<FullText.Figure> figures = d.r.nextInt(10) < 7
                    ? List.of(new FullText.Figure(++d.figures, d.sentence(FIGURE_TITLES),
                            d.sentence(RESULTS) + " " + d.sentence(RESULTS)))
                    : List.of();
            results.add(new FullText.Section(heading, paragraphs, figures, List.of()));
        }
        sections.add(new FullText.Section("Results", List.of(), List.of(), results));
        sections.add(new FullText.Section("Discussion", d.paragraphs(DISCUSSION, 4 + d.r.nextInt(3), 40),
                List.of(), List.of()));
        sections.add(new FullText.Section("Conclusions", List.of(d.paragraph(DISCUSSION, 2 + d.r.nextInt(3), 0)),
                List.of(), List.of()));
        return new FullText(sections, d.references(paper.index()), d.mentioned);
    }

    /** The state of one full text while it is composed. */
    private final class Draft {
        private final SplittableRandom r;
        private final List<Paper.Mentioned> mentioned = new ArrayList<>();
        private int sentences;
        private int cited;
        private int figures;

        Draft(SplittableRandom r) {
            this.r = r;
        }

        String sentence(List<String> templates) {
            return composer.fill(templates.get(r.nextInt(templates.size())), r, sentences++, mentioned);
        }

        List<FullText.Paragraph> paragraphs(List<String> templates, int count, int citePercent) {
            List<FullText.Paragraph> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                out.add(paragraph(templates, 6 + r.nextInt(5), citePercent));
            }
            return out;
        }

        FullText.Paragraph paragraph(List<String> templates, int count, int citePercent) {
            List<String> text = new ArrayList<>(count);
            List<Integer> cites = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                text.add(sentence(templates));
                int cite = 0;
                if (r.nextInt(100) < citePercent) {
                    cite = cited == 0 || r.nextInt(5) != 0 ? ++cited : 1 + r.nextInt(cited);
                }
                cites.add(cite);
            }
            return new FullText.Paragraph(text, cites);
        }

        /** As many other papers of the corpus as were cited, at least one. */
        List<Paper> references(int index) {
            Set<Integer> chosen = new HashSet<>();
            List<Paper> out = new ArrayList<>();
            while (out.size() < Math.max(cited, 1)) {
                int j = r.nextInt(index + 10_000);
                if (j != index && chosen.add(j)) {
                    out.add(papers.paper(j));
                }
            }
            return out;
        }
    }
}
