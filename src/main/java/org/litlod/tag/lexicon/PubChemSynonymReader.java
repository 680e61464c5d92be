package org.litlod.tag.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Streams PubChem's {@code CID-Synonym-filtered} file (lines "CID\tsynonym", grouped by CID,
 * most important synonym first) into chemical concepts: the first synonym of a CID is its
 * preferred name. The full file has about 100 million lines, so a filter on CIDs (for
 * example, those with a MeSH link) keeps the lexicon to the compounds wanted.
 */
public final class PubChemSynonymReader {

    /** Synonyms longer than this (IUPAC names, InChI strings) are not useful for tagging. */
    public static final int MAX_NAME_LENGTH = 120;

    private final Predicate<String> keepCid;

    /** A reader keeping the CIDs {@code keepCid} accepts. */
    public PubChemSynonymReader(Predicate<String> keepCid) {
        this.keepCid = keepCid;
    }

    /** Reads the kept compounds into {@code sink}; returns how many. */
    public int read(InputStream in, Consumer<Concept> sink) throws IOException {
        BufferedReader lines = VocabularyFiles.lines(in);
        int count = 0;
        String current = null;
        Set<String> names = new LinkedHashSet<>();
        String line;
        while (true) {
            line = lines.readLine();
            int tab = line == null ? -1 : line.indexOf('\t');
            if (line != null && tab <= 0) {
                continue;
            }
            String cid = line == null ? null : line.substring(0, tab).trim();
            if (current != null && !current.equals(cid)) {
                if (!names.isEmpty()) {
                    sink.accept(concept(current, names));
                    count++;
                }
                names.clear();
            }
            if (line == null) {
                break;
            }
            current = cid;
            String name = line.substring(tab + 1).trim();
            if (!name.isEmpty() && name.length() <= MAX_NAME_LENGTH && keepCid.test(cid)) {
                names.add(name);
            }
        }
        return count;
    }

    private static Concept concept(String cid, Set<String> names) {
        List<String> all = new ArrayList<>(names);
        return new Concept(EntityType.CHEMICAL, List.of(new Identifier(IdScheme.PUBCHEM_COMPOUND, cid)),
                all.get(0), all.subList(1, all.size()), null);
    }
}
