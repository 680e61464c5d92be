package org.litlod.tag.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.litlod.model.EntityType;

/**
 * Reads the S800 species corpus: one plain-text file per abstract ({@code species001.txt}: the
 * title on the first line, a blank line, the abstract), an annotation table ({@code S800.tsv}:
 * NCBI Taxonomy id, {@code document:PMID}, start, end, text) and a document table
 * ({@code pubmedid.tsv}: document, {@code PMID:n}, then citation columns).
 *
 * <p>S800 offsets count characters of the whole file and the end offset is inclusive (the last
 * character of the mention). Here they are moved to the convention of {@link GoldAnnotation}:
 * title and abstract joined by one space, end exclusive. Every annotation's text is checked
 * against the document at its new offsets; a mismatch is an error (LITLOD-GOLD-001), never
 * silently skipped.
 */
public final class S800Reader {
    /** An annotation names a document and a span that do not line up with its text. */
    public static final String MISMATCH = "LITLOD-GOLD-001";

    private static final Pattern ANNOTATION = Pattern.compile("\\d+\t[^\t:]+:\\d+\t\\d+\t\\d+\t.+");
    private static final Pattern DOCUMENT = Pattern.compile("[^\t]+\tPMID:\\d+(\t.*)?");

    /** The text of the abstract file of a document ("species001"). */
    @FunctionalInterface
    public interface Abstracts {
        /** The whole file, or an {@link IOException} when there is none. */
        String text(String document) throws IOException;
    }

    /** Whether {@code line} has the shape of a line of the annotation table. */
    public static boolean isAnnotationLine(String line) {
        return ANNOTATION.matcher(line).matches();
    }

    /** Whether {@code line} has the shape of a line of the document table. */
    public static boolean isDocumentLine(String line) {
        return DOCUMENT.matcher(line).matches();
    }

    /** The documents of a document table, in its order: document name to PMID. */
    public static Map<String, String> documents(Reader table) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(table);
        String line;
        while ((line = lines.readLine()) != null) {
            if (isDocumentLine(line)) {
                String[] f = line.split("\t");
                out.put(f[0], f[1].substring("PMID:".length()));
            }
        }
        return out;
    }

    /**
     * The gold documents named in {@code documents} (name to PMID, in the order wanted), with
     * the annotations of {@code annotations} that fall in them.
     */
    public List<GoldDocument> read(Reader annotations, Map<String, String> documents, Abstracts abstracts)
            throws IOException {
        Map<String, List<String[]>> byDocument = new HashMap<>();
        BufferedReader lines = new BufferedReader(annotations);
        String line;
        while ((line = lines.readLine()) != null) {
            if (isAnnotationLine(line)) {
                String[] f = line.split("\t", 5);
                byDocument.computeIfAbsent(f[1].substring(0, f[1].indexOf(':')), k -> new ArrayList<>()).add(f);
            }
        }
        List<GoldDocument> out = new ArrayList<>(documents.size());
        for (Map.Entry<String, String> d : documents.entrySet()) {
            out.add(document(d.getKey(), d.getValue(), abstracts.text(d.getKey()),
                    byDocument.getOrDefault(d.getKey(), List.of())));
        }
        return out;
    }

    private static GoldDocument document(String name, String pmid, String raw, List<String[]> rows)
            throws IOException {
        int titleStart = skipSpace(raw, 0);
        int lineEnd = raw.indexOf('\n', titleStart);
        int titleEnd = trimEnd(raw, titleStart, lineEnd < 0 ? raw.length() : lineEnd);
        int abstractStart = lineEnd < 0 ? raw.length() : skipSpace(raw, lineEnd);
        int abstractEnd = trimEnd(raw, abstractStart, raw.length());
        String title = raw.substring(titleStart, titleEnd);
        String abstractText = raw.substring(abstractStart, abstractEnd);
        String joined = title + " " + abstractText;
        List<GoldAnnotation> annotations = new ArrayList<>(rows.size());
        for (String[] f : rows) {
            int start = Integer.parseInt(f[2]);
            int end = Integer.parseInt(f[3]) + 1;
            int shift;
            if (start >= titleStart && end <= titleEnd) {
                shift = -titleStart;
            } else if (start >= abstractStart && end <= abstractEnd) {
                shift = title.length() + 1 - abstractStart;
            } else {
                throw mismatch(name, f, "outside the title and the abstract");
            }
            start += shift;
            end += shift;
            if (!joined.substring(start, end).equals(f[4])) {
                throw mismatch(name, f, "the text there is '" + joined.substring(start, end) + "'");
            }
            annotations.add(new GoldAnnotation(start, end, f[4], EntityType.SPECIES, List.of(f[0])));
        }
        return new GoldDocument(pmid, title, abstractText, annotations);
    }

    private static IOException mismatch(String name, String[] f, String why) {
        return new IOException(MISMATCH + " " + name + " " + f[2] + "-" + f[3] + " '" + f[4] + "': " + why);
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String s, int from, int to) {
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
