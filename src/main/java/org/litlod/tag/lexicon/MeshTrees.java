package org.litlod.tag.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tree numbers of MeSH descriptors, read from NLM's tree-number table (tab-separated
 * {@code Tree Number, Desc Ui, Term}, one row per tree number, with a header row; the file of
 * a MeSH year such as {@code 2017MeshTree.txt}). Which branch a descriptor sits in says what it
 * denotes: see {@link MeshBranches}.
 */
public final class MeshTrees {

    private final Map<String, List<String>> byUi = new HashMap<>();

    private MeshTrees() {
    }

    /** Reads a tree-number table. */
    public static MeshTrees read(InputStream in) throws IOException {
        MeshTrees trees = new MeshTrees();
        BufferedReader lines = VocabularyFiles.lines(in);
        String line;
        while ((line = lines.readLine()) != null) {
            String[] c = line.split("\t", -1);
            if (c.length < 2) {
                continue;
            }
            String tree = c[0].replace("\uFEFF", "").strip();
            String ui = c[1].strip();
            if (!ui.matches("D\\d{6,9}") || tree.isEmpty() || tree.equals("Tree Number")) {
                continue;
            }
            trees.byUi.computeIfAbsent(ui, k -> new ArrayList<>(2)).add(tree);
        }
        return trees;
    }

    /** The tree numbers of descriptor {@code ui}, empty when the table does not list it. */
    public List<String> of(String ui) {
        return byUi.getOrDefault(ui, List.of());
    }

    /** The number of descriptors listed. */
    public int size() {
        return byUi.size();
    }
}
