package org.litlod.server.ld;

import java.util.Comparator;

/**
 * Orders texts as people read numbered things: runs of digits compare by their value, so
 * ".../reference/2" comes before ".../reference/10" and "Figure 9" before "Figure 12"; the rest
 * compares character by character.
 */
final class NaturalOrder implements Comparator<String> {
    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int ei = end(a, i);
                int ej = end(b, j);
                int c = compareNumbers(a.substring(i, ei), b.substring(j, ej));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int end(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** By value (leading zeros aside), then the shorter written form first. */
    private static int compareNumbers(String x, String y) {
        String u = x.replaceFirst("^0+(?=.)", "");
        String v = y.replaceFirst("^0+(?=.)", "");
        int c = u.length() != v.length() ? Integer.compare(u.length(), v.length()) : u.compareTo(v);
        return c != 0 ? c : Integer.compare(x.length(), y.length());
    }
}
