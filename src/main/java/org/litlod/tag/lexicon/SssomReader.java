package org.litlod.tag.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams an SSSOM/TSV mapping set: a YAML metadata block in lines starting with {@code #},
 * then a TSV table whose columns are found by header name ({@code subject_id},
 * {@code subject_label}, {@code predicate_id}, {@code object_id}, {@code object_label}). The
 * top-level scalar metadata ({@code mapping_set_id}, {@code mapping_set_version},
 * {@code license}) is kept for provenance.
 */
public final class SssomReader {

    private final Map<String, String> metadata = new LinkedHashMap<>();

    /** Reads every mapping of {@code in} into {@code sink}; returns how many. */
    public int read(InputStream in, Consumer<SssomMapping> sink) throws IOException {
        BufferedReader lines = VocabularyFiles.lines(in);
        Map<String, Integer> col = null;
        int count = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("#")) {
                metadataLine(line.substring(1));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (col == null) {
                col = new HashMap<>();
                for (int i = 0; i < c.length; i++) {
                    col.put(c[i].trim(), i);
                }
                if (!col.containsKey("subject_id") || !col.containsKey("object_id")) {
                    throw new IOException("not an SSSOM table: no subject_id/object_id header");
                }
                continue;
            }
            sink.accept(new SssomMapping(cell(c, col, "subject_id"), cell(c, col, "subject_label"),
                    cell(c, col, "predicate_id"), cell(c, col, "object_id"), cell(c, col, "object_label")));
            count++;
        }
        return count;
    }

    /** The top-level scalar metadata read so far ("mapping_set_version" → its IRI). */
    public Map<String, String> metadata() {
        return metadata;
    }

    private void metadataLine(String comment) {
        String yaml = comment.startsWith(" ") ? comment.substring(1) : comment;
        if (yaml.startsWith(" ") || yaml.startsWith("\t")) {
            return;
        }
        int colon = yaml.indexOf(':');
        if (colon > 0 && colon < yaml.length() - 1) {
            String value = yaml.substring(colon + 1).trim();
            if (!value.isEmpty()) {
                metadata.put(yaml.substring(0, colon).trim(), value);
            }
        }
    }

    private static String cell(String[] c, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= c.length ? "" : c[i].trim();
    }
}
