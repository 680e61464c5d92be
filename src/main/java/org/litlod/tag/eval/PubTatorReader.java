package org.litlod.tag.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.litlod.model.EntityType;

/**
 * Reads gold documents in PubTator format: {@code PMID|t|title}, {@code PMID|a|abstract}, then one
 * tab-separated line per annotation ({@code PMID start end text type ids}); relation lines and
 * annotations of unknown types are skipped; a blank line ends a document.
 */
public final class PubTatorReader {

    /** Every document of {@code in}. */
    public List<GoldDocument> read(Reader in) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        List<GoldDocument> out = new ArrayList<>();
        String id = null;
        String title = null;
        String abstractText = "";
        List<GoldAnnotation> annotations = new ArrayList<>();
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isBlank()) {
                if (id != null) {
                    out.add(new GoldDocument(id, title, abstractText, annotations));
                }
                id = null;
                title = null;
                abstractText = "";
                annotations = new ArrayList<>();
                continue;
            }
            int bar = line.indexOf('|');
            int tab = line.indexOf('\t');
            if (bar > 0 && (tab < 0 || bar < tab) && line.length() > bar + 2 && line.charAt(bar + 2) == '|') {
                id = line.substring(0, bar);
                String text = line.substring(bar + 3);
                if (line.charAt(bar + 1) == 't') {
                    title = text;
                } else if (line.charAt(bar + 1) == 'a') {
                    abstractText = text;
                }
            } else if (tab > 0) {
                GoldAnnotation a = annotation(line.split("\t", -1));
                if (a != null) {
                    annotations.add(a);
                }
            }
        }
        if (id != null) {
            out.add(new GoldDocument(id, title, abstractText, annotations));
        }
        return out;
    }

    private static GoldAnnotation annotation(String[] f) {
        if (f.length < 5) {
            return null;
        }
        EntityType type = GoldTypes.type(f[4]);
        if (type == null) {
            return null;
        }
        try {
            return new GoldAnnotation(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], type,
                    GoldTypes.ids(f.length > 5 ? f[5] : null));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
