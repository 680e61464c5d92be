package org.litlod.tag.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.litlod.model.EntityType;
import org.litlod.model.Identifier;

/**
 * Reads the curated concept tables of the default lexicon ({@code lexicon/genes.tsv} and
 * siblings). Lines starting with {@code #} are comments; the first other line is the header.
 * Columns, found by header name:
 * <ul>
 *   <li>{@code ids}: space-separated CURIEs, primary first ({@code NCBIGene:238 HGNC:427})</li>
 *   <li>{@code preferred}: the preferred name</li>
 *   <li>{@code names}: other names, {@code |}-separated, taken from the vocabulary files</li>
 *   <li>{@code curated_names}: other names added from the curators' knowledge (optional)</li>
 *   <li>{@code taxon}: NCBI taxon id of a gene (optional)</li>
 *   <li>{@code source}: where the identifiers and names were taken from (not read)</li>
 * </ul>
 */
public final class CuratedTsvReader {

    private final EntityType type;

    /** A reader for a table whose rows are all concepts of {@code type}. */
    public CuratedTsvReader(EntityType type) {
        this.type = type;
    }

    /** Every concept of the table. */
    public List<Concept> read(Reader in) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        List<Concept> out = new ArrayList<>();
        Map<String, Integer> columns = null;
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    columns.put(cells[i].trim(), i);
                }
                continue;
            }
            try {
                out.add(concept(cells, columns));
            } catch (RuntimeException e) {
                throw new IOException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private Concept concept(String[] cells, Map<String, Integer> columns) {
        List<Identifier> ids = new ArrayList<>();
        for (String curie : cell(cells, columns, "ids").trim().split("\\s+")) {
            ids.add(Curies.require(curie));
        }
        String preferred = cell(cells, columns, "preferred").trim();
        Set<String> names = new LinkedHashSet<>(NameLib.split(cell(cells, columns, "names"), "\\|"));
        names.addAll(NameLib.split(cell(cells, columns, "curated_names"), "\\|"));
        names.remove(preferred);
        String taxon = cell(cells, columns, "taxon").trim();
        return new Concept(type, ids, preferred, new ArrayList<>(names), taxon.isEmpty() ? null : taxon);
    }

    private static String cell(String[] cells, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        return i == null || i >= cells.length ? "" : cells[i];
    }
}
