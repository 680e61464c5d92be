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
import org.litlod.tag.Concept;

/**
 * Reads CTD's MEDIC disease vocabulary ({@code CTD_diseases.tsv}, optionally gzipped): comment
 * lines start with {@code #}; columns {@code DiseaseName, DiseaseID, AltDiseaseIDs, Definition,
 * ParentIDs, TreeNumbers, ParentTreeNumbers, Synonyms, SlimMappings}. Each row whose id is a
 * MeSH descriptor or supplementary record ({@code MESH:D003924}, {@code MESH:C537805}) is a
 * disease under its name with its synonyms (inverted ones also in text order). Rows identified
 * only by OMIM are left out and counted: litlod has no OMIM identifier scheme yet.
 */
public final class MedicReader {

    private int omimOnly;

    /** Reads the vocabulary; hands each disease to {@code sink}; returns the count. */
    public int read(InputStream in, Consumer<Concept> sink) throws IOException {
        BufferedReader lines = VocabularyFiles.lines(in);
        int n = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 2 || c[0].isBlank()) {
                continue;
            }
            if (!c[1].startsWith("MESH:")) {
                omimOnly++;
                continue;
            }
            String ui = c[1].substring(5);
            if (!ui.matches("[CD]\\d{6,9}")) {
                continue;
            }
            String name = c[0].strip();
            Set<String> names = new LinkedHashSet<>(InvertedTerms.textOrder(name));
            if (c.length > 7) {
                for (String s : NameLib.split(c[7], "\\|")) {
                    names.add(s);
                    names.addAll(InvertedTerms.textOrder(s));
                }
            }
            names.remove(name);
            sink.accept(new Concept(EntityType.DISEASE, List.of(new Identifier(IdScheme.MESH, ui)), name,
                    new ArrayList<>(names), null));
            n++;
        }
        return n;
    }

    /** The rows of the last read identified by OMIM only, which were left out. */
    public int omimOnly() {
        return omimOnly;
    }
}
