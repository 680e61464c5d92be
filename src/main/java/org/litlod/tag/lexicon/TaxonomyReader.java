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

/**
 * Streams the NCBI Taxonomy dump ({@code names.dmp} with {@code nodes.dmp}) into taxa. Kept
 * name classes: scientific name (the preferred name), GenBank common name, common name,
 * synonym, equivalent name; authorities, "includes", misspellings and the like are left out.
 * nodes.dmp is read first (parent and rank per taxon, for the kept ranks only); names.dmp is
 * then streamed, one taxon per run of lines with the same id (the dump is sorted by id; a
 * taxon whose lines are not together comes out more than once, and the builder merges it).
 */
public final class TaxonomyReader {

    private static final List<String> KEPT_CLASSES =
            List.of("genbank common name", "common name", "synonym", "equivalent name");

    private final Set<String> ranks;
    private final Set<String> taxa;

    /**
     * @param ranks ranks to keep ("species", "subspecies", "strain"); empty keeps all
     * @param taxa  taxon ids to keep; empty keeps all (of the kept ranks)
     */
    public TaxonomyReader(Set<String> ranks, Set<String> taxa) {
        this.ranks = Set.copyOf(ranks);
        this.taxa = Set.copyOf(taxa);
    }

    /** Reads the kept taxa into {@code sink}; returns how many. */
    public int read(InputStream names, InputStream nodes, Consumer<Taxon> sink) throws IOException {
        TaxonNodes parentAndRank = nodes(nodes);
        BufferedReader lines = VocabularyFiles.lines(names);
        int count = 0;
        String current = null;
        String scientific = null;
        Map<String, List<String>> byClass = new HashMap<>();
        String line;
        while (true) {
            line = lines.readLine();
            String[] c = line == null ? null : fields(line);
            String id = c == null ? null : c[0];
            if (current != null && !current.equals(id)) {
                String[] node = parentAndRank.get(current);
                if (scientific != null && keep(current, node)) {
                    sink.accept(taxon(current, node, scientific, byClass));
                    count++;
                }
                scientific = null;
                byClass.clear();
            }
            if (c == null) {
                break;
            }
            current = id;
            if (c.length < 4) {
                continue;
            }
            if (c[3].equals("scientific name")) {
                scientific = c[1];
            } else {
                byClass.computeIfAbsent(c[3], k -> new ArrayList<>()).add(c[1]);
            }
        }
        return count;
    }

    private boolean keep(String id, String[] node) {
        if (!taxa.isEmpty() && !taxa.contains(id)) {
            return false;
        }
        return ranks.isEmpty() || node != null;
    }

    private static Taxon taxon(String id, String[] node, String scientific,
                               Map<String, List<String>> byClass) {
        Set<String> names = new LinkedHashSet<>();
        for (String kept : KEPT_CLASSES) {
            names.addAll(byClass.getOrDefault(kept, List.of()));
        }
        names.remove(scientific);
        return new Taxon(id, node == null ? null : node[0], node == null ? null : node[1],
                scientific, new ArrayList<>(names));
    }

    private TaxonNodes nodes(InputStream in) throws IOException {
        TaxonNodes out = new TaxonNodes();
        if (in == null) {
            return out;
        }
        BufferedReader lines = VocabularyFiles.lines(in);
        String line;
        while ((line = lines.readLine()) != null) {
            String[] c = fields(line);
            if (c.length >= 3 && (ranks.isEmpty() || ranks.contains(c[2]))
                    && (taxa.isEmpty() || taxa.contains(c[0]))) {
                out.put(c[0], c[1], c[2]);
            }
        }
        return out;
    }

    /** The fields of a dump line: "a\t|\tb\t|\t...\t|". */
    private static String[] fields(String line) {
        String body = line.endsWith("\t|") ? line.substring(0, line.length() - 2) : line;
        String[] c = body.split("\t\\|\t", -1);
        for (int i = 0; i < c.length; i++) {
            c[i] = c[i].trim();
        }
        return c;
    }
}
