package org.litlod.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.Lexicon;

/** A small hand-built lexicon for tests: a few genes, diseases, a chemical and two species. */
public record SampleLexicon(List<Concept> concepts, Map<Identifier, List<Identifier>> links) implements Lexicon {

    /** The standard test lexicon. */
    public static SampleLexicon standard() {
        List<Concept> c = new ArrayList<>();
        c.add(gene("238", "ALK receptor tyrosine kinase", "ALK", "ALK1", "CD246", "NBLST3"));
        c.add(gene("3702", "IL2 inducible T cell kinase", "ITK", "EMT", "LPFS1", "LYK", "PSCTK2"));
        c.add(gene("4233", "MET proto-oncogene, receptor tyrosine kinase", "MET", "AUTS9", "HGFR", "c-Met"));
        c.add(gene("3815", "KIT proto-oncogene, receptor tyrosine kinase", "KIT", "C-Kit", "CD117", "PBT", "SCFR"));
        c.add(gene("6098", "ROS proto-oncogene 1, receptor tyrosine kinase", "ROS1", "MCF3", "ROS", "c-ros-1"));
        c.add(gene("1956", "epidermal growth factor receptor", "EGFR", "ERBB", "ERBB1", "HER1"));
        c.add(gene("94", "activin A receptor like type 1", "ACVRL1", "ALK1", "HHT2"));
        c.add(gene("7157", "tumor protein p53", "TP53", "p53", "LFS1"));
        c.add(new Concept(EntityType.DISEASE, List.of(mondo("0005233"), mesh("D002289")),
                "non-small cell lung carcinoma", List.of("non-small cell lung cancer", "NSCLC"), null));
        c.add(new Concept(EntityType.DISEASE, List.of(mondo("0008903"), mesh("D008175")),
                "lung cancer", List.of("lung neoplasms"), null));
        c.add(new Concept(EntityType.DISEASE, List.of(mondo("0002049")),
                "thrombocytopenia", List.of("low platelet count"), null));
        c.add(new Concept(EntityType.DISEASE, List.of(mesh("D009190")),
                "Myelodysplastic Syndromes", List.of("MDS", "myelodysplastic syndrome"), null));
        c.add(new Concept(EntityType.DISEASE, List.of(mesh("D009369")), "Neoplasms",
                List.of("cancer", "tumor"), null));
        c.add(new Concept(EntityType.CHEMICAL, List.of(mesh("D000077547"),
                new Identifier(IdScheme.PUBCHEM_COMPOUND, "11626560")), "Crizotinib",
                List.of("Xalkori", "PF-02341066"), null));
        c.add(new Concept(EntityType.CHEMICAL, List.of(mesh("D014212")), "Tretinoin",
                List.of("all-trans-retinoic acid", "retinoic acid"), null));
        c.add(new Concept(EntityType.CHEMICAL, List.of(mesh("D016756")), "TGF-beta",
                List.of("transforming growth factor beta"), null));
        c.add(new Concept(EntityType.SPECIES, List.of(taxon("9606")), "Homo sapiens",
                List.of("human"), null));
        c.add(new Concept(EntityType.SPECIES, List.of(taxon("10090")), "Mus musculus",
                List.of("house mouse", "mouse"), null));
        return new SampleLexicon(c, Map.of(mondo("0002049"), List.of(mesh("D013921")),
                mesh("D013921"), List.of(mondo("0002049"))));
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    public Optional<Concept> concept(Identifier id) {
        return concepts.stream().filter(c -> c.ids().contains(id)).findFirst();
    }

    @Override
    public List<Identifier> equivalents(Identifier id) {
        return links.getOrDefault(id, List.of());
    }

    static Concept gene(String id, String fullName, String... names) {
        return new Concept(EntityType.GENE, List.of(new Identifier(IdScheme.NCBI_GENE, id)),
                fullName, List.of(names), "9606");
    }

    /** A MeSH identifier. */
    public static Identifier mesh(String v) {
        return new Identifier(IdScheme.MESH, v);
    }

    /** A MONDO identifier. */
    public static Identifier mondo(String v) {
        return new Identifier(IdScheme.MONDO, v);
    }

    /** An NCBI Gene identifier. */
    public static Identifier gene(String v) {
        return new Identifier(IdScheme.NCBI_GENE, v);
    }

    /** An NCBI Taxon identifier. */
    public static Identifier taxon(String v) {
        return new Identifier(IdScheme.NCBI_TAXON, v);
    }
}
