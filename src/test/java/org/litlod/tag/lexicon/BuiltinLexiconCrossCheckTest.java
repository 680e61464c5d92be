package org.litlod.tag.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks every row of the default lexicon against the vocabulary release files in
 * ../shared/vocab wherever they hold the fact: identifiers exist, names match, MONDO–MeSH
 * pairs are SSSOM exact matches, CID–MeSH pairs agree with the table. Facts the files lack
 * must be marked curated in the source column.
 */
class BuiltinLexiconCrossCheckTest {

    private static final Pattern TAB = Pattern.compile("\t");

    /** gene id → [symbol, authority full name, description], and its symbols and synonyms. */
    private static final Map<String, String[]> GENES = new HashMap<>();
    private static final Map<String, Set<String>> GENE_NAMES = new HashMap<>();
    private static final Set<String> ALL_GENE_NAMES = new HashSet<>();
    private static final Map<String, Map<String, String>> HGNC_BY_GENE = new HashMap<>();
    private static final Map<String, Set<String>> SSSOM_EXACT = new HashMap<>();
    private static final Map<String, String> MONDO_LABELS = new HashMap<>();
    private static final Map<String, String> MESH_LABELS = new HashMap<>();
    private static final Map<String, Set<String>> MESH_TERMS = new HashMap<>();
    private static final Map<String, String> CID_MESH = new HashMap<>();
    private static final Map<String, Taxon> TAXA = new HashMap<>();
    /** NCBITaxon id → name, from MONDO's NCBITaxon import module. */
    private static final Map<String, String> IMPORTED_TAXA = new HashMap<>();

    @BeforeEach
    void needsTheVocabularies() {
        SharedVocab.dir();
    }

    @BeforeAll
    static void readVocabularies() throws IOException {
        if (!SharedVocab.present()) {
            return;
        }
        try (InputStream in = SharedVocab.open("ncbi-gene/Homo_sapiens.gene_info.gz")) {
            for (String[] c : rows(VocabularyFiles.decompressed(in))) {
                GENES.put(c[1], new String[] {c[2], c[11], c[8]});
                Set<String> names = new HashSet<>(NameLib.split(c[4], "\\|"));
                names.add(c[2]);
                GENE_NAMES.put(c[1], names);
                ALL_GENE_NAMES.addAll(names);
            }
        }
        try (InputStream in = SharedVocab.open("hgnc/hgnc_entries.focus-excerpt.tsv")) {
            List<String[]> rows = rows(in);
            String[] header = rows.get(0);
            for (String[] c : rows.subList(1, rows.size())) {
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length && i < c.length; i++) {
                    row.put(header[i], c[i]);
                }
                HGNC_BY_GENE.put(row.get("Entrez Gene ID(supplied by NCBI)"), row);
            }
        }
        List<String> sssomFiles = new ArrayList<>(List.of("mondo/mondo_exactmatch_mesh.sssom.tsv"));
        try (var list = java.nio.file.Files.list(SharedVocab.file("mondo/mondo_exactmatch_mesh.sssom.tsv")
                .getParent().resolve("focus-excerpts"))) {
            list.forEach(p -> sssomFiles.add("mondo/focus-excerpts/" + p.getFileName()));
        }
        for (String file : sssomFiles) {
            try (InputStream in = SharedVocab.open(file)) {
                new SssomReader().read(in, m -> {
                    MONDO_LABELS.putIfAbsent(m.subjectId(), m.subjectLabel());
                    if (file.endsWith("mondo_exactmatch_mesh.sssom.tsv") && m.isExactMatch()) {
                        SSSOM_EXACT.computeIfAbsent(m.subjectId(), k -> new HashSet<>())
                                .add("MESH:" + m.objectId().substring(m.objectId().indexOf(':') + 1));
                    }
                });
            }
        }
        try (InputStream in = SharedVocab.open("mesh/mesh_mappings.tsv")) {
            for (String[] c : rows(in)) {
                if (c[0].equals("MESH")) {
                    MESH_LABELS.putIfAbsent("MESH:" + c[1], c[2]);
                }
            }
        }
        try (InputStream in = SharedVocab.open("mesh/mesh_id_label_mappings.focus-excerpt.tsv")) {
            for (String[] c : rows(in)) {
                MESH_LABELS.putIfAbsent("MESH:" + c[0], c[1]);
                MESH_TERMS.put("MESH:" + c[0], new HashSet<>(NameLib.split(c.length > 2 ? c[2] : "", "\\|")));
            }
        }
        try (InputStream in = SharedVocab.open("pubchem/pubchem_mesh_map.tsv")) {
            new PubChemMeshReader().read(in, p -> CID_MESH.put("PUBCHEM.COMPOUND:" + p.cid().value(),
                    "MESH:" + p.mesh()));
        }
        try (InputStream names = SharedVocab.open("ncbi-taxonomy/names.dmp");
             InputStream nodes = SharedVocab.open("ncbi-taxonomy/nodes.dmp")) {
            new TaxonomyReader(Set.of(), Set.of()).read(names, nodes, t -> TAXA.put(t.id(), t));
        }
        readImportedTaxa();
    }

    private static void readImportedTaxa() throws IOException {
        try (BufferedReader r = VocabularyFiles.lines(SharedVocab.open("mondo/ncbitaxon_import.obo"))) {
            String id = null;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("id: NCBITaxon:")) {
                    id = line.substring("id: NCBITaxon:".length());
                } else if (id != null && line.startsWith("name: ")) {
                    IMPORTED_TAXA.put(id, line.substring("name: ".length()));
                    id = null;
                } else if (line.startsWith("[")) {
                    id = null;
                }
            }
        }
    }

    private static List<String[]> rows(InputStream in) throws IOException {
        List<String[]> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (!line.startsWith("#") && !line.isBlank()) {
                out.add(TAB.split(line, -1));
            }
        }
        return out;
    }

    /** The rows of a default-lexicon table as maps from column name to cell. */
    private static List<Map<String, String>> table(String name) throws IOException {
        List<String[]> rows = rows(Lexicons.class.getResourceAsStream(Lexicons.RESOURCES + name));
        String[] header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (String[] c : rows.subList(1, rows.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < c.length ? c[i] : "");
            }
            out.add(row);
        }
        return out;
    }

    private static List<String> ids(Map<String, String> row) {
        return List.of(row.get("ids").trim().split("\\s+"));
    }

    private static List<String> names(Map<String, String> row) {
        return NameLib.split(row.get("names"), "\\|");
    }

    @Test
    void everyGeneExistsInGeneInfoWithItsSymbolNameAndSynonyms() throws IOException {
        List<Map<String, String>> genes = table("genes.tsv");
        assertTrue(genes.size() >= 250, "genes: " + genes.size());
        for (Map<String, String> row : genes) {
            List<String> ids = ids(row);
            String geneId = ids.get(0).substring("NCBIGene:".length());
            String[] gene = GENES.get(geneId);
            assertTrue(gene != null, "GeneID not in gene_info: " + row);
            assertEquals(gene[0], names(row).get(0), "symbol of " + geneId);
            assertEquals(gene[1].equals("-") ? gene[2] : gene[1], row.get("preferred"), "name of " + geneId);
            Map<String, String> hgnc = HGNC_BY_GENE.get(geneId);
            Set<String> allowed = new HashSet<>(GENE_NAMES.get(geneId));
            if (hgnc != null) {
                assertTrue(ids.contains(hgnc.get("HGNC ID")), "HGNC id of " + geneId);
                allowed.add(hgnc.get("Approved Symbol"));
                allowed.add(hgnc.get("Approved Name"));
                allowed.addAll(NameLib.split(hgnc.get("Synonyms"), ","));
            } else {
                assertEquals(1, ids.size(), "an HGNC id the HGNC file does not hold: " + row);
            }
            for (String name : names(row)) {
                assertTrue(allowed.contains(name), "name '" + name + "' of " + geneId + " is not in the files");
            }
            assertEquals("9606", row.get("taxon"));
        }
    }

    @Test
    void everyMondoMeshPairIsAnSssomExactMatchAndLabelsMatch() throws IOException {
        for (Map<String, String> row : table("diseases.tsv")) {
            List<String> ids = ids(row);
            List<String> mondo = ids.stream().filter(i -> i.startsWith("MONDO:")).toList();
            List<String> mesh = ids.stream().filter(i -> i.startsWith("MESH:")).toList();
            for (String m : mondo) {
                assertTrue(MONDO_LABELS.containsKey(m), m + " is in no SSSOM file");
                for (String d : mesh) {
                    assertTrue(SSSOM_EXACT.getOrDefault(m, Set.of()).contains(d), m + " ≠ " + d + " in SSSOM");
                }
            }
            if (!mondo.isEmpty()) {
                assertEquals(MONDO_LABELS.get(mondo.get(0)), row.get("preferred"), "label of " + mondo.get(0));
            } else {
                assertEquals(MESH_LABELS.get(mesh.get(0)), row.get("preferred"), "label of " + mesh.get(0));
                for (String exact : SSSOM_EXACT.keySet()) {
                    assertTrue(!SSSOM_EXACT.get(exact).contains(mesh.get(0)), mesh.get(0)
                            + " has the exact match " + exact + ", which the row lacks");
                }
            }
            checkMeshNames(row, mesh, mondo);
        }
    }

    @Test
    void everyCidMeshPairAgreesWithTheTableAndLabelsMatch() throws IOException {
        for (Map<String, String> row : table("chemicals.tsv")) {
            List<String> ids = ids(row);
            List<String> cids = ids.stream().filter(i -> i.startsWith("PUBCHEM.COMPOUND:")).toList();
            List<String> mesh = ids.stream().filter(i -> i.startsWith("MESH:")).toList();
            for (String cid : cids) {
                if (CID_MESH.containsKey(cid)) {
                    assertEquals(List.of(CID_MESH.get(cid)), mesh, "MeSH of " + cid);
                } else {
                    assertTrue(row.get("source").contains("curated_cid"), cid + " must be marked curated");
                }
            }
            for (String m : mesh) {
                if (!MESH_LABELS.containsKey(m) && cids.stream().noneMatch(c -> m.equals(CID_MESH.get(c)))) {
                    assertTrue(row.get("source").contains("curated_mesh"), m + " must be marked curated");
                }
            }
            checkMeshNames(row, mesh, List.of());
        }
    }

    private static void checkMeshNames(Map<String, String> row, List<String> mesh, List<String> mondo) {
        Set<String> allowed = new HashSet<>();
        mondo.forEach(m -> allowed.add(MONDO_LABELS.get(m)));
        for (String m : mesh) {
            if (MESH_LABELS.containsKey(m)) {
                allowed.add(MESH_LABELS.get(m));
                assertTrue(names(row).contains(MESH_LABELS.get(m)) || row.get("preferred").equalsIgnoreCase(
                        MESH_LABELS.get(m)), "MeSH label of " + m + " missing from " + row);
            }
            allowed.addAll(MESH_TERMS.getOrDefault(m, Set.of()));
        }
        for (String name : names(row)) {
            assertTrue(allowed.contains(name), "name '" + name + "' of " + row.get("ids") + " is not in the files");
        }
    }

    @Test
    void everyTaxonMatchesNamesDmpWhereItHoldsIt() throws IOException {
        for (Map<String, String> row : table("species.tsv")) {
            String taxon = ids(row).get(0).substring("NCBITaxon:".length());
            Taxon t = TAXA.get(taxon);
            if (t == null) {
                if (row.get("source").startsWith("ncbitaxon_import")) {
                    assertEquals(IMPORTED_TAXA.get(taxon), row.get("preferred"), "name of " + taxon);
                } else {
                    assertEquals("curated", row.get("source"), taxon + " is in no file and not marked curated");
                    assertTrue(!IMPORTED_TAXA.containsKey(taxon), taxon + " is in MONDO's NCBITaxon import");
                }
                continue;
            }
            assertEquals(t.scientificName(), row.get("preferred"), "scientific name of " + taxon);
            for (String name : names(row)) {
                assertTrue(t.names().contains(name), "name '" + name + "' of " + taxon + " is not in names.dmp");
            }
        }
        assertEquals("house mouse", TAXA.get("10090").names().get(0));
    }

    @Test
    void stoplistAndAmbiguousAliasesAreGeneNames() {
        for (String name : Lexicons.stoplist()) {
            assertTrue(ALL_GENE_NAMES.contains(name), "stop-list entry is no gene name: " + name);
        }
        for (String name : Lexicons.curatedAmbiguousAliases()) {
            assertTrue(ALL_GENE_NAMES.contains(name), "ambiguous alias is no gene name: " + name);
        }
        assertTrue(GENE_NAMES.get("3702").contains("EMT"));
    }
}
