package org.litlod.model;

import java.util.List;

/**
 * The structured summary of a paper.
 *
 * @param tldr         one-sentence summary, null if absent
 * @param contribution what the paper contributes, null if absent
 * @param keyFindings  each key finding as its own item, in order
 */
public record Summary(String tldr, String contribution, List<String> keyFindings) {
    public static final Summary EMPTY = new Summary(null, null, List.of());

    public Summary {
        keyFindings = keyFindings == null ? List.of() : List.copyOf(keyFindings);
    }
}
