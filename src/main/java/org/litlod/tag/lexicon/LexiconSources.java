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
 * @param builtin         whether the default lexicon's curated concepts are merged in
 */
public record LexiconSources(List<Path> mondoObo, List<Path> mondoOwl, List<Path> sssom,
                             List<Path> meshRdf, List<Path> meshXml, List<Path> geneInfo,
                             Set<String> geneTaxa, Path taxonomy, Set<String> taxonRanks,
                             List<Path> pubchemMesh, List<Path> pubchemSynonyms, List<Path> hgnc,
                             List<Path> meshLabels, boolean builtin) {

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
        private boolean builtin = true;

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

        public LexiconSources build() {
            return new LexiconSources(mondoObo, mondoOwl, sssom, meshRdf, meshXml, geneInfo, geneTaxa,
                    taxonomy, taxonRanks, pubchemMesh, pubchemSynonyms, hgnc, meshLabels, builtin);
        }
    }
}
