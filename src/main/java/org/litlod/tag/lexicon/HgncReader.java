package org.litlod.tag.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Streams an HGNC table into human gene concepts. Both layouts HGNC publishes are read, by
 * header name: the genenames.org custom download ("HGNC ID", "Approved Symbol", "Approved
 * Name", "Synonyms" comma-separated, "Entrez Gene ID(supplied by NCBI)") and the complete set
 * ({@code hgnc_id}, {@code symbol}, {@code name}, {@code alias_symbol} and {@code prev_symbol}
 * {@code |}-separated, {@code entrez_id}). The NCBI GeneID comes first when HGNC gives one,
 * so that these concepts merge with those of gene_info. Withdrawn entries are skipped.
 */
public final class HgncReader {

    /** Reads every approved gene of {@code in} into {@code sink}; returns how many. */
    public int read(InputStream in, Consumer<Concept> sink) throws IOException {
        BufferedReader lines = VocabularyFiles.lines(in);
        String header = lines.readLine();
        if (header == null) {
            return 0;
        }
        Map<String, Integer> col = new HashMap<>();
        String[] h = header.split("\t", -1);
        for (int i = 0; i < h.length; i++) {
            col.put(h[i].trim().toLowerCase(java.util.Locale.ROOT), i);
        }
        int count = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            String status = cell(c, col, "status");
            if (status.toLowerCase(java.util.Locale.ROOT).contains("withdrawn")) {
                continue;
            }
            String hgnc = cell(c, col, "hgnc id", "hgnc_id");
            String symbol = cell(c, col, "approved symbol", "symbol");
            if (hgnc.isEmpty() || symbol.isEmpty()) {
                continue;
            }
            List<Identifier> ids = new ArrayList<>(2);
            String entrez = cell(c, col, "entrez gene id(supplied by ncbi)", "entrez gene id", "entrez_id");
            if (!entrez.isEmpty()) {
                ids.add(new Identifier(IdScheme.NCBI_GENE, entrez));
            }
            ids.add(Curies.require(hgnc.startsWith("HGNC:") ? hgnc : "HGNC:" + hgnc));
            String name = cell(c, col, "approved name", "name");
            Set<String> names = new LinkedHashSet<>();
            names.add(symbol);
            names.addAll(NameLib.split(cell(c, col, "synonyms"), ","));
            names.addAll(NameLib.split(cell(c, col, "alias_symbol"), "\\|"));
            names.addAll(NameLib.split(cell(c, col, "previous symbols"), ","));
            names.addAll(NameLib.split(cell(c, col, "prev_symbol"), "\\|"));
            String preferred = name.isEmpty() ? symbol : name;
            names.remove(preferred);
            sink.accept(new Concept(EntityType.GENE, ids, preferred, new ArrayList<>(names), "9606"));
            count++;
        }
        return count;
    }

    private static String cell(String[] c, Map<String, Integer> col, String... names) {
        for (String n : names) {
            Integer i = col.get(n);
            if (i != null && i < c.length) {
                return c[i].trim().replace("\"", "");
            }
        }
        return "";
    }
}
