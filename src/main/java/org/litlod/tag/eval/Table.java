package org.litlod.tag.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * A small table of text cells, rendered as Markdown or as aligned plain text. Columns named
 * with a leading ">" are right-aligned (numbers).
 */
final class Table {

    private final List<String> header = new ArrayList<>();
    private final List<Boolean> right = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column names; a leading ">" right-aligns a column and is not shown. */
    Table(String... columns) {
        for (String c : columns) {
            right.add(c.startsWith(">"));
            header.add(c.startsWith(">") ? c.substring(1) : c);
        }
    }

    /** Adds a row of as many cells as there are columns. */
    Table row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row needs " + header.size() + " cells");
        }
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table in Markdown; "|" in cells is escaped. */
    String markdown() {
        StringBuilder b = new StringBuilder();
        line(b, header);
        b.append('|');
        for (boolean r : right) {
            b.append(r ? "---:|" : "---|");
        }
        b.append('\n');
        for (List<String> row : rows) {
            line(b, row);
        }
        return b.toString();
    }

    /** The table as plain text, columns padded to their widest cell and two spaces apart. */
    String text() {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        padded(b, header, width);
        for (List<String> row : rows) {
            padded(b, row, width);
        }
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(c.replace("|", "\\|")).append(" |");
        }
        b.append('\n');
    }

    private void padded(StringBuilder b, List<String> cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            line.append(i == 0 ? "" : "  ").append(right.get(i) ? pad + c : c + pad);
        }
        b.append(line.toString().stripTrailing()).append('\n');
    }
}
