package org.litlod.tag.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parent and rank of taxa from nodes.dmp, held compactly: arrays indexed by the numeric taxon
 * id (a full dump has about 2.6 million nodes), ranks as codes into a short list.
 */
final class TaxonNodes {

    private int[] parents = new int[1 << 16];
    private byte[] rankCodes = new byte[1 << 16];
    private final List<String> rankNames = new ArrayList<>();
    private final Map<String, Byte> rankIndex = new HashMap<>();

    void put(String id, String parent, String rank) {
        int taxon;
        int parentTaxon;
        try {
            taxon = Integer.parseInt(id);
            parentTaxon = Integer.parseInt(parent);
        } catch (NumberFormatException e) {
            return;
        }
        if (taxon < 0) {
            return;
        }
        if (taxon >= parents.length) {
            int size = Math.max(taxon + 1, parents.length * 2);
            parents = Arrays.copyOf(parents, size);
            rankCodes = Arrays.copyOf(rankCodes, size);
        }
        parents[taxon] = parentTaxon;
        rankCodes[taxon] = rankIndex.computeIfAbsent(rank, r -> {
            rankNames.add(r);
            return (byte) rankNames.size();
        });
    }

    /** [parent id, rank] of a taxon, or null when nodes.dmp (as kept) lacks it. */
    String[] get(String id) {
        int taxon;
        try {
            taxon = Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return null;
        }
        if (taxon < 0 || taxon >= rankCodes.length || rankCodes[taxon] == 0) {
            return null;
        }
        return new String[] {Integer.toString(parents[taxon]), rankNames.get(rankCodes[taxon] - 1)};
    }
}
