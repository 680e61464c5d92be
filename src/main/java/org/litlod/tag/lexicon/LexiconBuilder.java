package org.litlod.tag.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.litlod.tag.Concept;

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
    private final List<CrossLink> links = new ArrayList<>();
    private final Map<String, Identifier> meshChemicalLabels = new HashMap<>();
    private final List<String> provenance = new ArrayList<>();

    /** Builds the lexicon of {@code sources}. */
    public static CompiledLexicon build(LexiconSources sources) throws IOException {
        return new LexiconBuilder().run(sources);
    }

    private CompiledLexicon run(LexiconSources s) throws IOException {
        if (s.builtin()) {
            Lexicons.builtin().concepts().forEach(merger::add);
            provenance.add("builtin");
        }
        for (Path p : s.geneInfo()) {
            GeneInfoReader reader = new GeneInfoReader(s.geneTaxa());
            try (InputStream in = VocabularyFiles.open(p)) {
                reader.read(in, merger::add);
            }
            note(p);
        }
        for (Path p : s.hgnc()) {
            try (InputStream in = VocabularyFiles.open(p)) {
                new HgncReader().read(in, merger::add);
            }
            note(p);
        }
        for (Path p : s.mondoObo()) {
            try (InputStream in = VocabularyFiles.open(p)) {
                new MondoOboReader().read(in, t -> merger.add(t.toConcept()));
            }
            note(p);
        }
        for (Path p : s.mondoOwl()) {
            Lang lang = RDFLanguages.filenameToLang(p.toString().replaceFirst("\\.gz$", ""), Lang.RDFXML);
            try (InputStream in = VocabularyFiles.open(p)) {
                new MondoOwlReader(lang).read(in, t -> merger.add(t.toConcept()));
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
        for (Path p : s.meshLabels()) {
            try (InputStream in = VocabularyFiles.open(p)) {
                new MeshLabelTableReader().read(in, merger::add);
            }
            note(p);
        }
        if (s.taxonomy() != null) {
            TaxonomyReader reader = new TaxonomyReader(s.taxonRanks(), Set.of());
            try (InputStream names = VocabularyFiles.open(s.taxonomy().resolve("names.dmp"));
                 InputStream nodes = VocabularyFiles.open(s.taxonomy().resolve("nodes.dmp"))) {
                reader.read(names, nodes, t -> merger.add(t.toConcept()));
            }
            note(s.taxonomy().resolve("names.dmp"));
        }
        for (Path p : s.sssom()) {
            SssomReader reader = new SssomReader();
            try (InputStream in = VocabularyFiles.open(p)) {
                reader.read(in, m -> {
                    m.crossLink().ifPresent(links::add);
                    m.diseaseConcept().ifPresent(merger::add);
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
        Set<String> linkedCids = new HashSet<>();
        cidMesh.keySet().forEach(cid -> linkedCids.add(cid.value()));
        for (Path p : s.pubchemSynonyms()) {
            PubChemSynonymReader reader = new PubChemSynonymReader(
                    cidMesh.isEmpty() ? cid -> true : linkedCids::contains);
            try (InputStream in = VocabularyFiles.open(p)) {
                reader.read(in, merger::add);
            }
            note(p);
        }
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
        List<Concept> concepts = merger.merged();
        Map<Identifier, List<Identifier>> all = new HashMap<>(Lexicons.linksWithin(concepts));
        for (CrossLink l : links) {
            if (merger.has(l.subject()) || merger.has(l.object())) {
                all.computeIfAbsent(l.subject(), k -> new ArrayList<>()).add(l.object());
            }
        }
        AmbiguityAssessor assessor =
                new AmbiguityAssessor(Lexicons.stoplist(), Lexicons.curatedAmbiguousAliases());
        return new CompiledLexicon(version(), concepts, all, assessor.assess(concepts));
    }

    private void addMesh(MeshRecord r) {
        r.toConcept().ifPresent(c -> {
            merger.add(c);
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

    private String version() {
        return "litlod lexicon " + LocalDate.now(ZoneOffset.UTC) + " (" + String.join("; ", provenance) + ")";
    }
}
