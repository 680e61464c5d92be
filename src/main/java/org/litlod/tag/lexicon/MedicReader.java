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
 * Reads CTD's MEDIC disease vocabulary ({@code CTD_diseases.tsv}, optionally gzipped): comment
 * lines start with {@code #}; columns {@code DiseaseName, DiseaseID, AltDiseaseIDs, Definition,
 * ParentIDs, TreeNumbers, ParentTreeNumbers, Synonyms, SlimMappings}. Each row is a disease
 * under its name with its synonyms (inverted ones also in text order), identified by its MeSH
 * descriptor or supplementary record ({@code MESH:D003924}, {@code MESH:C537805}) or by its OMIM
 * entry ({@code OMIM:217000}), plus the OMIM entries MEDIC merged into it ({@code AltDiseaseIDs}):
 * MEDIC is the vocabulary CTD, PubTator and the NCBI disease corpus normalise to, so a disease
 * found under a MeSH heading answers for the OMIM entries MEDIC files under it. Names of OMIM
 * rows, written in capitals, are read in {@link OmimNames#readable readable case}; of their
 * synonyms, only those of several words that name the entry itself are kept (see
 * {@link OmimNames#isUsableSynonym}).
 */
public final class MedicReader {

    private static final String MESH = "MESH:";
    private static final String OMIM = "OMIM:";

    private int omimRows;
    private int mergedOmim;

    /** Reads the vocabulary; hands each disease to {@code sink}; returns the count. */
    public int read(InputStream in, Consumer<Concept> sink) throws IOException {
        BufferedReader lines = VocabularyFiles.lines(in);
        omimRows = 0;
        mergedOmim = 0;
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
            Identifier primary = identifier(c[1]);
            if (primary == null) {
                continue;
            }
            boolean omimRow = primary.scheme() == IdScheme.OMIM;
            List<Identifier> ids = new ArrayList<>();
            ids.add(primary);
            if (c.length > 2) {
                for (String alt : NameLib.split(c[2], "\\|")) {
                    Identifier merged = alt.startsWith(OMIM) ? identifier(alt) : null;
                    if (merged != null && !ids.contains(merged)) {
                        ids.add(merged);
                        mergedOmim++;
                    }
                }
            }
            String name = omimRow ? OmimNames.readable(c[0].strip()) : c[0].strip();
            Set<String> names = new LinkedHashSet<>(InvertedTerms.textOrder(name));
            if (c.length > 7) {
                for (String s : NameLib.split(c[7], "\\|")) {
                    if (omimRow && !OmimNames.isUsableSynonym(s)) {
                        continue;
                    }
                    String synonym = omimRow ? OmimNames.readable(s) : s;
                    names.add(synonym);
                    names.addAll(InvertedTerms.textOrder(synonym));
                }
            }
            names.remove(name);
            sink.accept(new Concept(EntityType.DISEASE, ids, name, new ArrayList<>(names), null));
            n++;
            if (omimRow) {
                omimRows++;
            }
        }
        return n;
    }

    /** The MeSH or OMIM identifier of a MEDIC id ("MESH:D003924", "OMIM:217000"), or null. */
    private static Identifier identifier(String curie) {
        String v = curie.strip();
        if (v.startsWith(MESH) && v.substring(MESH.length()).matches("[CD]\\d{6,9}")) {
            return new Identifier(IdScheme.MESH, v.substring(MESH.length()));
        }
        if (v.startsWith(OMIM) && v.substring(OMIM.length()).matches("\\d{6}")) {
            return new Identifier(IdScheme.OMIM, v.substring(OMIM.length()));
        }
        return null;
    }

    /** The rows of the last read identified by an OMIM entry rather than a MeSH heading. */
    public int omimRows() {
        return omimRows;
    }

    /** The OMIM entries of the last read that MEDIC merged into another row's disease. */
    public int mergedOmim() {
        return mergedOmim;
    }
}
