package org.litlod.tag.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Builds a lexicon from vocabulary release files: reads every source of a
 * {@link LexiconSources} with its reader, merges the concepts ({@link ConceptMerger}: a
 * disease found in MeSH and MONDO that MONDO's SSSOM exact matches link becomes one concept
 * with the MONDO id first; a chemical found in PubChem and MeSH that the CID–MeSH table links
 * becomes one concept with the CID first, when the table gives that CID a single MeSH entry),
 * keeps the cross-links that touch an identifier of one of its concepts (the only ones a
 * tagger can ask {@link CompiledLexicon#equivalents} about), and flags ambiguous names. The
 * labelled exact matches of an SSSOM set (MONDO to MeSH) are diseases in their own right: a
 * disease no other source describes enters the lexicon with its MONDO label.
 */
public final class LexiconBuilder {

    private final ConceptMerger merger = new ConceptMerger();
    private final List<Concept> release = new ArrayList<>();
    private final Set<Identifier> releaseIds = new HashSet<>();
    private final List<CrossLink> links = new ArrayList<>();
    private final Map<String, Identifier> meshChemicalLabels = new HashMap<>();
    private final List<String> provenance = new ArrayList<>();
    private final LexiconReport report = new LexiconReport();

    /** Builds the lexicon of {@code sources}. */
    public static CompiledLexicon build(LexiconSources sources) throws IOException {
        return new LexiconBuilder().run(sources);
    }

    /** Builds the lexicon of {@code sources} and tells what went into it. */
    public static Result buildWithReport(LexiconSources sources) throws IOException {
        LexiconBuilder b = new LexiconBuilder();
        CompiledLexicon lexicon = b.run(sources);
        return new Result(lexicon, b.report);
    }

    /** A built lexicon with its report. */
    public record Result(CompiledLexicon lexicon, LexiconReport report) {
    }

    private void released(Concept c) {
        release.add(c);
        releaseIds.addAll(c.ids());
    }

    private CompiledLexicon run(LexiconSources s) throws IOException {
        for (Path p : s.geneInfo()) {
            GeneInfoReader reader = new GeneInfoReader(s.geneTaxa());
            try (InputStream in = VocabularyFiles.open(p)) {
                reader.read(in, this::released);
            }
            note(p);
        }
        for (Path p : s.hgnc()) {
            try (InputStream in = VocabularyFiles.open(p)) {
                new HgncReader().read(in, this::released);
            }
            note(p);
        }
        for (Path p : s.mondoObo()) {
            try (InputStream in = VocabularyFiles.open(p)) {
                new MondoOboReader().read(in, t -> released(t.toConcept()));
            }
            note(p);
        }
        for (Path p : s.mondoOwl()) {
            Lang lang = RDFLanguages.filenameToLang(p.toString().replaceFirst("\\.gz$", ""), Lang.RDFXML);
            try (InputStream in = VocabularyFiles.open(p)) {
                new MondoOwlReader(lang).read(in, t -> released(t.toConcept()));
            }
            note(p);
        }
        for (Path p : s.meshRdf()) {
            try (InputStream in = VocabularyFiles.open(p)) {
                new MeshRdfReader().read(in, this::addMesh);
            }
            note(p);
        }
        for (Path p : s.meshXml()) {
            try (InputStream in = VocabularyFiles.open(p)) {
                new MeshXmlReader().read(in, this::addMesh);
            }
            note(p);
        }
        if (s.meshTrees() != null) {
            MeshTrees trees;
            try (InputStream in = VocabularyFiles.open(s.meshTrees())) {
                trees = MeshTrees.read(in);
            }
            note(s.meshTrees());
            for (Path p : s.meshTable()) {
                try (InputStream in = VocabularyFiles.open(p)) {
                    report.count("MeSH descriptors typed by tree", new MeshTermTableReader(trees, new MeshBranches())
                            .read(in, this::addMesh));
                }
                note(p);
            }
        }
        for (Path p : s.meshLabels()) {
            try (InputStream in = VocabularyFiles.open(p)) {
                new MeshLabelTableReader().read(in, this::released);
            }
            note(p);
        }
        for (Path p : s.medic()) {
            MedicReader reader = new MedicReader();
            try (InputStream in = VocabularyFiles.open(p)) {
                report.count("MEDIC diseases", reader.read(in, this::released));
            }
            report.count("MEDIC rows identified by OMIM", reader.omimRows());
            report.count("MEDIC OMIM entries merged into another row", reader.mergedOmim());
            note(p);
        }
        for (Path p : s.taxonNames()) {
            try (InputStream in = VocabularyFiles.open(p)) {
                report.count("NCBI Taxonomy taxa with a text name", new TaxonNameTableReader().read(in, this::released));
            }
            note(p);
        }
        if (s.taxonomy() != null) {
            TaxonomyReader reader = new TaxonomyReader(s.taxonRanks(), Set.of());
            try (InputStream names = VocabularyFiles.open(s.taxonomy().resolve("names.dmp"));
                 InputStream nodes = VocabularyFiles.open(s.taxonomy().resolve("nodes.dmp"))) {
                reader.read(names, nodes, t -> released(t.toConcept()));
            }
            note(s.taxonomy().resolve("names.dmp"));
        }
        for (Path p : s.sssom()) {
            SssomReader reader = new SssomReader();
            try (InputStream in = VocabularyFiles.open(p)) {
                reader.read(in, m -> {
                    m.crossLink().ifPresent(links::add);
                    m.diseaseConcept().ifPresent(this::released);
                });
            }
            provenance.add(reader.metadata().getOrDefault("mapping_set_version", p.getFileName().toString()));
        }
        Map<Identifier, List<Identifier>> cidMesh = new LinkedHashMap<>();
        for (Path p : s.pubchemMesh()) {
            try (InputStream in = VocabularyFiles.open(p)) {
                new PubChemMeshReader().read(in, pair -> resolve(pair, cidMesh));
            }
            note(p);
        }
        cidMesh.forEach((cid, meshes) -> {
            releaseIds.add(cid);
            releaseIds.addAll(meshes);
        });
        Set<String> linkedCids = new HashSet<>();
        cidMesh.keySet().forEach(cid -> linkedCids.add(cid.value()));
        for (Path p : s.pubchemSynonyms()) {
            PubChemSynonymReader reader = new PubChemSynonymReader(
                    cidMesh.isEmpty() ? cid -> true : linkedCids::contains);
            try (InputStream in = VocabularyFiles.open(p)) {
                reader.read(in, this::released);
            }
            note(p);
        }
        if (s.builtin()) {
            int kept = 0;
            for (Concept c : Lexicons.curated().concepts()) {
                Concept verified = s.verifyCurated() ? verified(c) : c;
                if (verified != null) {
                    merger.add(verified);
                    kept++;
                }
            }
            report.count("curated concepts kept", kept);
            provenance.add("curated");
        }
        release.forEach(merger::add);
        release.clear();
        links.forEach(merger::link);
        cidMesh.forEach((cid, meshes) -> {
            for (Identifier mesh : meshes) {
                CrossLink link = new CrossLink(cid, mesh);
                links.add(link);
                if (meshes.size() == 1) {
                    merger.link(link);
                }
            }
        });
        List<Concept> concepts = OneTypePerId.apply(merger.merged());
        Set<String> unused = Set.of();
        if (!s.training().isEmpty()) {
            TrainingNames training = new TrainingNames(TrainingEvidence.of(s.training()),
                    id -> releaseIds.contains(id) || merger.has(id));
            concepts = training.apply(concepts);
            unused = training.unused();
            report.count("training texts", s.training().size());
            report.count("names learned from training text", training.learnedCount());
            report.count("names left unused after training text", unused.size());
            provenance.add(s.training().size() + " annotated training texts");
        }
        Map<Identifier, List<Identifier>> all = new HashMap<>(Lexicons.linksWithin(concepts));
        for (CrossLink l : links) {
            if (merger.has(l.subject()) || merger.has(l.object())) {
                all.computeIfAbsent(l.subject(), k -> new ArrayList<>()).add(l.object());
            }
        }
        AmbiguityAssessor assessor =
                new AmbiguityAssessor(Lexicons.stoplist(), Lexicons.curatedAmbiguousAliases());
        Map<String, Set<Ambiguity>> flags = new HashMap<>(assessor.assess(concepts));
        for (String name : unused) {
            flags.computeIfAbsent(name, k -> EnumSet.noneOf(Ambiguity.class)).add(Ambiguity.UNUSED);
        }
        report.count("concepts", concepts.size());
        return new CompiledLexicon(version(s), concepts, all, flags);
    }

    /** The concept with only the identifiers a release file of this build lists, or null. */
    private Concept verified(Concept c) {
        List<Identifier> ids = new ArrayList<>();
        for (Identifier id : c.ids()) {
            if (releaseIds.contains(id)) {
                ids.add(id);
            } else {
                report.count("curated identifiers no release lists (left out)", 1);
            }
        }
        if (ids.isEmpty()) {
            return null;
        }
        return ids.size() == c.ids().size() ? c : new Concept(c.type(), ids, c.preferred(), c.names(), c.taxon());
    }

    private void addMesh(MeshRecord r) {
        r.toConcept().ifPresent(c -> {
            released(c);
            if (c.type() == EntityType.CHEMICAL) {
                meshChemicalLabels.putIfAbsent(r.label().toLowerCase(Locale.ROOT), r.ui());
            }
        });
    }

    private void resolve(PubChemMeshReader.CidMesh pair, Map<Identifier, List<Identifier>> cidMesh) {
        Identifier mesh = pair.isUi() ? new Identifier(IdScheme.MESH, pair.mesh())
                : meshChemicalLabels.get(pair.mesh().toLowerCase(Locale.ROOT));
        if (mesh != null) {
            List<Identifier> list = cidMesh.computeIfAbsent(pair.cid(), k -> new ArrayList<>(1));
            if (!list.contains(mesh)) {
                list.add(mesh);
            }
        }
    }

    private void note(Path p) {
        provenance.add(p.getFileName().toString());
    }

    /**
     * The version: a digest of the contents of every source file and of the training texts, so
     * that the same sources always give the same version and any change gives another.
     */
    private String version(LexiconSources s) throws IOException {
        SourceDigest digest = new SourceDigest();
        for (Path p : s.files()) {
            digest.file(p);
        }
        digest.text(Integer.toString(s.builtin() ? 1 : 0));
        for (AnnotatedText t : s.training()) {
            digest.text(t.text());
            for (AnnotatedText.Span span : t.spans()) {
                digest.text(span.start() + " " + span.end() + " " + span.type() + " " + span.ids());
            }
        }
        return "litlod lexicon " + digest.hex().substring(0, 12) + " (" + String.join("; ", provenance) + ")";
    }
}
