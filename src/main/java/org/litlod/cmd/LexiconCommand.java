package org.litlod.cmd;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.litlod.publish.DefaultLexicon;
import org.litlod.tag.lexicon.CompiledLexicon;
import org.litlod.tag.lexicon.LexiconBuilder;
import org.litlod.tag.lexicon.LexiconBuild;
import org.litlod.tag.lexicon.LexiconSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code litlod lexicon}: builds a compiled lexicon from vocabulary release files. */
@Command(name = "lexicon", mixinStandardHelpOptions = true,
        description = "Work with lexicons.", subcommands = {LexiconCommand.Build.class, LexiconCommand.BuildDefault.class})
final class LexiconCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** {@code litlod lexicon} alone: the usage, on standard error, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return Main.USAGE;
    }

    /** {@code litlod lexicon build}. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build a compiled lexicon from MONDO, MeSH, NCBI Gene, NCBI Taxonomy, PubChem and "
                    + "HGNC release files (each option may be repeated), for serve/load --lexicon.")
    static final class Build implements Callable<Integer> {
        @Option(names = "--mondo-obo", paramLabel = "FILE", description = "MONDO in OBO format.")
        List<Path> mondoObo = new ArrayList<>();
        @Option(names = "--mondo-owl", paramLabel = "FILE", description = "MONDO as OWL (RDF/XML or Turtle).")
        List<Path> mondoOwl = new ArrayList<>();
        @Option(names = "--sssom", paramLabel = "FILE", description = "MONDO SSSOM mapping set (exact matches).")
        List<Path> sssom = new ArrayList<>();
        @Option(names = "--mesh-nt", paramLabel = "FILE", description = "MeSH RDF N-Triples (optionally gzipped).")
        List<Path> meshRdf = new ArrayList<>();
        @Option(names = "--mesh-xml", paramLabel = "FILE", description = "MeSH descriptor or supplementary XML.")
        List<Path> meshXml = new ArrayList<>();
        @Option(names = "--gene-info", paramLabel = "FILE", description = "NCBI gene_info (optionally gzipped).")
        List<Path> geneInfo = new ArrayList<>();
        @Option(names = "--gene-taxon", paramLabel = "TAXID", description = "Keep genes of this taxon only (repeatable).")
        List<String> geneTaxa = new ArrayList<>();
        @Option(names = "--taxdump", paramLabel = "DIR", description = "Folder with NCBI Taxonomy names.dmp and nodes.dmp.")
        Path taxonomy;
        @Option(names = "--taxon-rank", paramLabel = "RANK",
                description = "Keep taxa of these ranks (repeatable; default: species and below).")
        java.util.Set<String> taxonRanks = new java.util.LinkedHashSet<>();
        @Option(names = "--pubchem-mesh", paramLabel = "FILE", description = "PubChem CID to MeSH table.")
        List<Path> pubchemMesh = new ArrayList<>();
        @Option(names = "--pubchem-synonyms", paramLabel = "FILE", description = "PubChem CID-Synonym table.")
        List<Path> pubchemSynonyms = new ArrayList<>();
        @Option(names = "--mesh-labels", paramLabel = "FILE",
                description = "MeSH mapping table (MESH, UI, label, database, id, label), typed by the database mapped to.")
        List<Path> meshLabels = new ArrayList<>();
        @Option(names = "--hgnc", paramLabel = "FILE", description = "HGNC complete set (TSV).")
        List<Path> hgnc = new ArrayList<>();
        @Option(names = "--mesh-table", paramLabel = "FILE",
                description = "MeSH descriptors with entry terms (UI, label, terms joined by '|'); needs --mesh-trees.")
        List<Path> meshTable = new ArrayList<>();
        @Option(names = "--mesh-trees", paramLabel = "FILE",
                description = "MeSH tree-number table (Tree Number, Desc Ui, Term) that types the descriptors.")
        Path meshTrees;
        @Option(names = "--medic", paramLabel = "FILE", description = "CTD MEDIC disease vocabulary (CTD_diseases.tsv[.gz]).")
        List<Path> medic = new ArrayList<>();
        @Option(names = "--taxon-names", paramLabel = "FILE",
                description = "NCBI Taxonomy name table (tax_id, genus, species), optionally gzipped.")
        List<Path> taxonNames = new ArrayList<>();
        @Option(names = "--training", paramLabel = "GOLD",
                description = "Annotated training corpus (BioC XML/JSON, PubTator, NCBI disease corpus) whose "
                        + "mention names are learned; use training and development sets only (repeatable; each file "
                        + "is one corpus, and a name one corpus mostly leaves unannotated is not used).")
        List<Path> training = new ArrayList<>();
        @Option(names = "--no-builtin", description = "Leave out the built-in curated lexicon.")
        boolean noBuiltin;
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Compiled lexicon to write.")
        Path out;

        @Override
        public Integer call() throws Exception {
            LexiconSources.Builder b = LexiconSources.builder().builtin(!noBuiltin);
            mondoObo.forEach(b::mondoObo);
            mondoOwl.forEach(b::mondoOwl);
            sssom.forEach(b::sssom);
            meshRdf.forEach(b::meshRdf);
            meshXml.forEach(b::meshXml);
            geneInfo.forEach(b::geneInfo);
            geneTaxa.forEach(b::geneTaxon);
            pubchemMesh.forEach(b::pubchemMesh);
            pubchemSynonyms.forEach(b::pubchemSynonyms);
            hgnc.forEach(b::hgnc);
            meshLabels.forEach(b::meshLabels);
            meshTable.forEach(b::meshTable);
            medic.forEach(b::medic);
            taxonNames.forEach(b::taxonNames);
            if (meshTrees != null) {
                b.meshTrees(meshTrees);
            }
            for (Path gold : training) {
                b.training(DefaultLexicon.trainingFrom(gold));
            }
            if (taxonomy != null) {
                b.taxonomy(taxonomy);
            }
            if (!taxonRanks.isEmpty()) {
                b.taxonRanks(taxonRanks);
            }
            CompiledLexicon lexicon = LexiconBuild.run(b.build(), out);
            System.err.println("litlod: wrote " + out + " (" + lexicon.concepts().size() + " concepts, version "
                    + lexicon.version() + ")");
            return 0;
        }
    }

    /** {@code litlod lexicon build-default}. */
    @Command(name = "build-default", mixinStandardHelpOptions = true,
            description = "Build litlod's default lexicon (and its manifest beside it) from the vocabulary releases "
                    + "and gold corpora of a shared folder laid out as ../shared (vocab/, fixtures/).")
    static final class BuildDefault implements Callable<Integer> {
        @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
                description = "The shared folder (default: ${DEFAULT-VALUE}).")
        Path shared;
        @Option(names = "--training", paramLabel = "CHOICE", defaultValue = "FULL",
                description = "Names learned from: FULL (training and development sets, what ships), "
                        + "TRAINING_SETS (training sets only, to measure on the development sets) or NONE.")
        DefaultLexicon.Training training;
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Compiled lexicon to write.")
        Path out;

        @Override
        public Integer call() throws Exception {
            LexiconBuilder.Result result = DefaultLexicon.build(shared, training, out);
            System.err.print(result.report());
            System.err.println("litlod: wrote " + out + " (" + result.lexicon().concepts().size()
                    + " concepts, version " + result.lexicon().version() + ")");
            return 0;
        }
    }
}
