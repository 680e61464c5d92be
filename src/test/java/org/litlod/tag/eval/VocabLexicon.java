package org.litlod.tag.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.litlod.tag.lexicon.CompiledLexicon;
import org.litlod.tag.lexicon.LexiconBuilder;
import org.litlod.tag.lexicon.LexiconSources;

/**
 * The lexicon built by {@link LexiconBuilder} from every release file in {@code ../shared/vocab}
 * (system property {@code litlod.shared}) that a reader exists for, with the builtin concepts.
 */
public final class VocabLexicon {

    private static CompiledLexicon cached;

    private VocabLexicon() {
    }

    /** The vocabulary folder. */
    public static Path dir() {
        return Path.of(System.getProperty("litlod.shared", "../shared"), "vocab");
    }

    /** Builds (once per JVM) the lexicon of the vocabulary folder. */
    public static synchronized CompiledLexicon get() throws IOException {
        if (cached == null) {
            cached = LexiconBuilder.build(sources(dir()));
        }
        return cached;
    }

    /** The sources of a vocabulary folder laid out as {@code ../shared/vocab}. */
    public static LexiconSources sources(Path v) {
        LexiconSources.Builder b = LexiconSources.builder()
                .mondoObo(v.resolve("mondo/mondo-sample-mappings.obo"))
                .sssom(v.resolve("mondo/mondo_exactmatch_mesh.sssom.tsv"))
                .meshXml(v.resolve("mesh/desc-samples.xml"))
                .meshXml(v.resolve("mesh/supp-samples.xml"))
                .geneInfo(v.resolve("ncbi-gene/Homo_sapiens.gene_info.gz"))
                .geneTaxon("9606")
                .taxonomy(v.resolve("ncbi-taxonomy"))
                .pubchemMesh(v.resolve("pubchem/pubchem_mesh_map.tsv"))
                .hgnc(v.resolve("hgnc/hgnc_entries.focus-excerpt.tsv"))
                .meshLabels(v.resolve("mesh/mesh_mappings.tsv"))
                .builtin(true);
        return b.build();
    }

    /** Whether the vocabulary folder is there. */
    public static boolean available() {
        return Files.isDirectory(dir());
    }
}
