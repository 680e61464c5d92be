package org.litlod.tag.lexicon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.litlod.model.EntityType;
import org.litlod.tag.Concept;

/**
 * Measures how long the full compiled lexicon takes to load (not a test). Builds it from the
 * release files in a vocabulary folder (all 77,614 human genes with synonyms, MONDO's SSSOM
 * set, the taxonomy dump, the MeSH and MONDO samples, the PubChem CID–MeSH table, HGNC and
 * the default lexicon), writes the index file, then loads it repeatedly in this JVM and
 * prints the first (cold) and the median of the later (warm) load times.
 *
 * <p>Run: {@code java -cp <test-classes:classes:deps> org.litlod.tag.lexicon.LexiconLoadTiming
 * [VOCAB_DIR] [OUT_FILE]}, or with {@code --load FILE} to time one load in a fresh JVM.
 */
public final class LexiconLoadTiming {

    private LexiconLoadTiming() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--load")) {
            long start = System.nanoTime();
            CompiledLexicon loaded = Lexicons.load(Path.of(args[1]));
            System.out.printf("cold load in a fresh JVM: %d ms, %d concepts%n",
                    (System.nanoTime() - start) / 1_000_000, loaded.concepts().size());
            return;
        }
        Path vocab = Path.of(args.length > 0 ? args[0] : "../shared/vocab");
        Path out = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("litlod-lexicon", ".llx");
        LexiconSources sources = LexiconSources.builder()
                .geneInfo(vocab.resolve("ncbi-gene/Homo_sapiens.gene_info.gz")).geneTaxon("9606")
                .hgnc(vocab.resolve("hgnc/hgnc_entries.focus-excerpt.tsv"))
                .mondoObo(vocab.resolve("mondo/mondo-sample-mappings.obo"))
                .mondoOwl(vocab.resolve("mondo/mondo-sample-mappings.owl.ttl"))
                .sssom(vocab.resolve("mondo/mondo_exactmatch_mesh.sssom.tsv"))
                .meshRdf(vocab.resolve("mesh/samples.nt"))
                .meshXml(vocab.resolve("mesh/desc-samples.xml"))
                .meshXml(vocab.resolve("mesh/supp-samples.xml"))
                .taxonomy(vocab.resolve("ncbi-taxonomy"))
                .pubchemMesh(vocab.resolve("pubchem/pubchem_mesh_map.tsv"))
                .build();
        long t0 = System.nanoTime();
        CompiledLexicon built = LexiconBuild.run(sources, out);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        Map<EntityType, Integer> counts = new TreeMap<>();
        for (Concept c : built.concepts()) {
            counts.merge(c.type(), 1, Integer::sum);
        }
        long names = built.concepts().stream().mapToLong(c -> c.names().size() + 1).sum();
        System.out.printf("built in %d ms: %d concepts %s, %d names, %d linked ids, %d ambiguous names%n",
                buildMs, built.concepts().size(), counts, names, built.links().size(),
                built.ambiguousNames().size());
        System.out.printf("index file %s: %,d bytes%n", out, Files.size(out));
        int runs = 11;
        long[] ms = new long[runs];
        long[] cpu = new long[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            CompiledLexicon loaded = Lexicons.load(out);
            ms[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - startCpu) / 1_000_000;
            if (loaded.concepts().size() != built.concepts().size()) {
                throw new IllegalStateException("loaded lexicon differs");
            }
        }
        long[] warm = Arrays.copyOfRange(ms, 1, runs);
        Arrays.sort(warm);
        long[] warmCpu = Arrays.copyOfRange(cpu, 1, runs);
        Arrays.sort(warmCpu);
        System.out.printf("load wall time: first %d ms, median of %d later loads %d ms, all %s%n",
                ms[0], warm.length, warm[warm.length / 2], Arrays.toString(ms));
        System.out.printf("load CPU time of the loading thread: first %d ms, median %d ms, all %s%n",
                cpu[0], warmCpu[warmCpu.length / 2], Arrays.toString(cpu));
    }
}
