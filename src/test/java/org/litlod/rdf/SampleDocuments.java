package org.litlod.rdf;

import java.time.Instant;
import java.util.List;
import org.litlod.model.Author;
import org.litlod.model.CitationCount;
import org.litlod.model.Document;
import org.litlod.model.DocumentIds;
import org.litlod.model.DocumentKind;
import org.litlod.model.EntityType;
import org.litlod.model.Figure;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.model.Link;
import org.litlod.model.ListedEntity;
import org.litlod.model.Mention;
import org.litlod.model.Mention.Evidence;
import org.litlod.model.OmittedContent;
import org.litlod.model.Paragraph;
import org.litlod.model.PublicationDate;
import org.litlod.model.Reference;
import org.litlod.model.Section;
import org.litlod.model.SourceInfo;
import org.litlod.model.Substance;
import org.litlod.model.Summary;
import org.litlod.model.Venue;

/** Documents built by hand after the seeds, for mapper tests. */
final class SampleDocuments {
    static final String SHA = "93911e03ce8ac8a2" + "0".repeat(48);
    static final String ABSTRACT = "Here, we identified crizotinib, a drug for anaplastic lymphoma "
            + "kinase (ALK)-positive cancer, as an inducer of thrombocytopenia relief in mice.";
    static final String PARAGRAPH = "Secondary mutations such as L1196M impact crizotinib binding.";

    private SampleDocuments() {
    }

    static Identifier id(IdScheme s, String v) {
        return new Identifier(s, v);
    }

    static Mention mention(String passage, String text, String inText, EntityType type,
                           List<Identifier> ids, List<Identifier> related, Evidence... how) {
        int start = text.indexOf(inText);
        return new Mention(passage, start, start + inText.length(), inText, type, ids, related,
                List.of(how));
    }

    /** A journal article like seed 000, with body, references and mentions added. */
    static Document article() {
        SourceInfo src = new SourceInfo("000_93911e03ce8ac8a2.txt", SHA, "summary-markdown",
                "summary-markdown", "1", Instant.parse("2026-11-23T00:00:00Z"));
        return Document.builder(src, DocumentKind.JOURNAL_ARTICLE,
                        "Unraveling the impact of crizotinib to promote megakaryopoiesis")
                .author(Author.named("Hiroki Kobayashi"))
                .author(new Author("Yuta Komizo", "Yuta", "Komizo", "0000-0002-1825-0097", List.of("Tokyo")))
                .author(Author.named("Hironori Harada"))
                .ids(new DocumentIds("10.1038/s41375-025-02729-w", null, "PMC12589124"))
                .venue(new Venue("Leukemia", "0887-6924", "39", "10", null, "2401-2410"))
                .published(new PublicationDate(2025, 8, 14))
                .sourceDatabase("PMC")
                .citations(new CitationCount(12, "Scopus"))
                .subject("General Medicine")
                .summary(new Summary("Crizotinib helps platelets.", "Aurora kinases are the target.",
                        List.of("Crizotinib induces polyploidization.", "The effect is mediated by Aurora kinases.")))
                .abstractText(ABSTRACT)
                .section(new Section("Mechanisms of resistance",
                        List.of(new Paragraph(PARAGRAPH, List.of(1, 2))),
                        List.of(new Figure("Figure 1", "Capsules of crizotinib", "capsules.png"))))
                .figureCount(5)
                .omitted(new OmittedContent("Full text", "Full body text omitted.",
                        "https://tomesphere.com/paper/PMC12589124/full.md"))
                .reference(new Reference(1, "Dagogo-Jack I, Shaw AT. Crizotinib resistance. Ann Oncol. 2016;27 Suppl 3:iii42-iii50.",
                        List.of("Dagogo-Jack I", "Shaw AT"), false, "Crizotinib resistance", "Ann Oncol",
                        2016, "27", null, "Suppl 3", "iii42-iii50", null, null))
                .reference(new Reference(2, "Camidge DR, Bang YJ, Kwak EL, et al. Activity and safety. Lancet Oncol. 2012;13(10):1011-1019.",
                        List.of("Camidge DR", "Bang YJ", "Kwak EL"), true, "Activity and safety", "Lancet Oncol",
                        2012, "13", "10", null, "1011-1019", null, null))
                .entity(new ListedEntity(EntityType.GENE, "Genes", "Full-text entities", "ALK",
                        "ALK receptor tyrosine kinase", List.of(id(IdScheme.NCBI_GENE, "238")),
                        List.of("ALK1", "CD246")))
                .entity(new ListedEntity(EntityType.DISEASE, "Diseases", "Linked entities",
                        "thrombocytopenia", null, List.of(id(IdScheme.MONDO, "0002049")), List.of()))
                .entity(new ListedEntity(EntityType.CHEMICAL, "Chemicals", "Linked entities", "crizotinib",
                        null, List.of(id(IdScheme.PUBCHEM_COMPOUND, "11597571")), List.of()))
                .entity(new ListedEntity(EntityType.SPECIES, "Species", "Linked entities", "Mus musculus",
                        null, List.of(id(IdScheme.NCBI_TAXON, "10090")), List.of()))
                .entity(new ListedEntity(EntityType.SPECIES, "Species", "Full-text entities", "Mus musculus",
                        "house mouse", List.of(id(IdScheme.NCBI_TAXON, "10090")), List.of()))
                .entity(new ListedEntity(EntityType.GENE, "Proteins", "Linked entities", "ROS1", null,
                        List.of(), List.of()))
                .substance(new Substance("Crizotinib", List.of(id(IdScheme.CAS, "877399-52-5"))))
                .link(new Link(Link.LinkRole.FULL_TEXT, "https://tomesphere.com/paper/PMC12589124/full.md"))
                .link(new Link(Link.LinkRole.SOURCE_PAGE, "https://tomesphere.com/paper/PMC12589124"))
                .mention(mention("abstract", ABSTRACT, "crizotinib", EntityType.CHEMICAL,
                        List.of(id(IdScheme.PUBCHEM_COMPOUND, "11597571"), id(IdScheme.MESH, "D000077547")),
                        List.of(), Evidence.DICTIONARY))
                .mention(mention("abstract", ABSTRACT, "ALK", EntityType.GENE,
                        List.of(id(IdScheme.NCBI_GENE, "238")), List.of(), Evidence.ABBREVIATION))
                .mention(mention("abstract", ABSTRACT, "thrombocytopenia", EntityType.DISEASE,
                        List.of(id(IdScheme.MONDO, "0002049"), id(IdScheme.MESH, "D013921")), List.of(),
                        Evidence.DICTIONARY))
                .mention(mention("section/1/paragraph/1", PARAGRAPH, "L1196M", EntityType.VARIANT,
                        List.of(id(IdScheme.HGVS_PROTEIN, "p.Leu1196Met")),
                        List.of(id(IdScheme.NCBI_GENE, "238")), Evidence.VARIANT_PATTERN))
                .mention(mention("section/1/paragraph/1", PARAGRAPH, "crizotinib", EntityType.CHEMICAL,
                        List.of(id(IdScheme.PUBCHEM_COMPOUND, "11597571")), List.of(), Evidence.DICTIONARY))
                .build();
    }

    /** A web article like seed 002: no identifiers, no authors, no date. */
    static Document webArticle() {
        SourceInfo src = new SourceInfo("002_ded442ce58b4f461.txt", "ded442ce58b4f461" + "1".repeat(48),
                "web-article", "web-article", "1", null);
        return Document.builder(src, DocumentKind.WEB_ARTICLE,
                        "Crizotinib: clinical activity, relapses and mechanisms of resistance")
                .abstractText("Crizotinib, an ATP competitive inhibitor of cMET, ALK, and ROS1 kinases.")
                .substance(new Substance("Crizotinib", List.of(id(IdScheme.CAS, "877399-52-5"))))
                .build();
    }
}
