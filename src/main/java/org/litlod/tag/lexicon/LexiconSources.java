package org.litlod.tag.lexicon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The vocabulary release files a lexicon is built from; every source is optional.
 *
 * @param mondoObo        MONDO in OBO ({@code mondo.obo})
 * @param mondoOwl        MONDO as OWL (RDF/XML {@code mondo.owl}, or Turtle by extension .ttl)
 * @param sssom           SSSOM/TSV mapping sets (MONDO's {@code mondo_exactmatch_mesh.sssom.tsv})
 * @param meshRdf         MeSH RDF N-Triples ({@code mesh.nt}, {@code mesh.nt.gz})
 * @param meshXml         MeSH XML ({@code descYYYY.xml}, {@code suppYYYY.xml})
 * @param geneInfo        NCBI {@code gene_info} files, plain or gzipped
 * @param geneTaxa        taxa whose genes are kept ("9606"); empty keeps all
 * @param taxonomy        folder holding NCBI Taxonomy {@code names.dmp} and {@code nodes.dmp}
 * @param taxonRanks      ranks of taxa kept; empty keeps all
 * @param pubchemMesh     PubChem CID–MeSH tables
 * @param pubchemSynonyms PubChem {@code CID-Synonym-filtered} files (only CIDs with a MeSH link
 *                        are kept when a CID–MeSH table is given)
 * @param hgnc            HGNC tables
 * @param meshLabels      MeSH mapping tables typed by their target database ({@link MeshLabelTableReader})
 * @param meshTable       MeSH descriptor tables with entry terms (UI, label, terms joined by "|")
 * @param meshTrees       the MeSH tree-number table that types the descriptors of {@code meshTable}
 * @param medic           CTD MEDIC disease vocabularies ({@code CTD_diseases.tsv.gz})
 * @param taxonNames      NCBI Taxonomy name tables (tax_id, genus, species)
 * @param training        annotated training texts whose names are learned ({@link TrainingEvidence})
 * @param builtin         whether the curated concepts are merged in (their identifiers are kept
 *                        only where a release file of this build lists them, when
 *                        {@code verifyCurated} is set)
 * @param verifyCurated   whether curated identifiers must be listed by a release file
 */
public record LexiconSources(List<Path> mondoObo, List<Path> mondoOwl, List<Path> sssom,
                             List<Path> meshRdf, List<Path> meshXml, List<Path> geneInfo,
                             Set<String> geneTaxa, Path taxonomy, Set<String> taxonRanks,
                             List<Path> pubchemMesh, List<Path> pubchemSynonyms, List<Path> hgnc,
                             List<Path> meshLabels, List<Path> meshTable, Path meshTrees,
                             List<Path> medic, List<Path> taxonNames, List<AnnotatedText> training,
                             boolean builtin, boolean verifyCurated) {

    /** Ranks kept by default: species and below. */
    public static final Set<String> SPECIES_RANKS =
            Set.of("species", "subspecies", "strain", "varietas", "forma", "serotype", "isolate");

    public LexiconSources {
        mondoObo = List.copyOf(mondoObo);
        mondoOwl = List.copyOf(mondoOwl);
        sssom = List.copyOf(sssom);
        meshRdf = List.copyOf(meshRdf);
        meshXml = List.copyOf(meshXml);
        geneInfo = List.copyOf(geneInfo);
        geneTaxa = Set.copyOf(geneTaxa);
        taxonRanks = Set.copyOf(taxonRanks);
        pubchemMesh = List.copyOf(pubchemMesh);
        pubchemSynonyms = List.copyOf(pubchemSynonyms);
        hgnc = List.copyOf(hgnc);
        meshLabels = List.copyOf(meshLabels);
        meshTable = List.copyOf(meshTable);
        medic = List.copyOf(medic);
        taxonNames = List.copyOf(taxonNames);
        training = List.copyOf(training);
        if (!meshTable.isEmpty() && meshTrees == null) {
            throw new IllegalArgumentException("a MeSH descriptor table needs the MeSH tree-number table");
        }
    }

    /** Every release file of these sources, in reading order. */
    public List<Path> files() {
        List<Path> all = new ArrayList<>();
        all.addAll(geneInfo);
        all.addAll(hgnc);
        all.addAll(mondoObo);
        all.addAll(mondoOwl);
        all.addAll(meshRdf);
        all.addAll(meshXml);
        all.addAll(meshLabels);
        if (meshTrees != null) {
            all.add(meshTrees);
        }
        all.addAll(meshTable);
        all.addAll(medic);
        all.addAll(taxonNames);
        if (taxonomy != null) {
            all.add(taxonomy.resolve("names.dmp"));
            all.add(taxonomy.resolve("nodes.dmp"));
        }
        all.addAll(sssom);
        all.addAll(pubchemMesh);
        all.addAll(pubchemSynonyms);
        return all;
    }

    /** A builder with no sources, genes of every taxon, species ranks, the builtin concepts. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the sources one at a time. */
    public static final class Builder {
        private final List<Path> mondoObo = new ArrayList<>();
        private final List<Path> mondoOwl = new ArrayList<>();
        private final List<Path> sssom = new ArrayList<>();
        private final List<Path> meshRdf = new ArrayList<>();
        private final List<Path> meshXml = new ArrayList<>();
        private final List<Path> geneInfo = new ArrayList<>();
        private final Set<String> geneTaxa = new LinkedHashSet<>();
        private Path taxonomy;
        private Set<String> taxonRanks = SPECIES_RANKS;
        private final List<Path> pubchemMesh = new ArrayList<>();
        private final List<Path> pubchemSynonyms = new ArrayList<>();
        private final List<Path> hgnc = new ArrayList<>();
        private final List<Path> meshLabels = new ArrayList<>();
        private final List<Path> meshTable = new ArrayList<>();
        private Path meshTrees;
        private final List<Path> medic = new ArrayList<>();
        private final List<Path> taxonNames = new ArrayList<>();
        private final List<AnnotatedText> training = new ArrayList<>();
        private boolean builtin = true;
        private boolean verifyCurated;

        public Builder mondoObo(Path p) { mondoObo.add(p); return this; }
        public Builder mondoOwl(Path p) { mondoOwl.add(p); return this; }
        public Builder sssom(Path p) { sssom.add(p); return this; }
        public Builder meshRdf(Path p) { meshRdf.add(p); return this; }
        public Builder meshXml(Path p) { meshXml.add(p); return this; }
        public Builder geneInfo(Path p) { geneInfo.add(p); return this; }
        public Builder geneTaxon(String taxon) { geneTaxa.add(taxon); return this; }
        public Builder taxonomy(Path folder) { taxonomy = folder; return this; }
        public Builder taxonRanks(Set<String> ranks) { taxonRanks = ranks; return this; }
        public Builder pubchemMesh(Path p) { pubchemMesh.add(p); return this; }
        public Builder pubchemSynonyms(Path p) { pubchemSynonyms.add(p); return this; }
        public Builder hgnc(Path p) { hgnc.add(p); return this; }
        public Builder meshLabels(Path p) { meshLabels.add(p); return this; }
        public Builder builtin(boolean include) { builtin = include; return this; }
        public Builder meshTable(Path p) { meshTable.add(p); return this; }
        public Builder meshTrees(Path p) { meshTrees = p; return this; }
        public Builder medic(Path p) { medic.add(p); return this; }
        public Builder taxonNames(Path p) { taxonNames.add(p); return this; }
        public Builder training(List<AnnotatedText> texts) { training.addAll(texts); return this; }
        public Builder verifyCurated(boolean verify) { verifyCurated = verify; return this; }

        public LexiconSources build() {
            return new LexiconSources(mondoObo, mondoOwl, sssom, meshRdf, meshXml, geneInfo, geneTaxa,
                    taxonomy, taxonRanks, pubchemMesh, pubchemSynonyms, hgnc, meshLabels, meshTable, meshTrees,
                    medic, taxonNames, training, builtin, verifyCurated);
        }
    }
}
