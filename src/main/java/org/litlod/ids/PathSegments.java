package org.litlod.ids;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Encodes strings as IRI path segments that are safe in any server (no "/" or "%2F"), readable
 * where the input is, and reversible: ASCII letters, digits, "-", "." and "_" stay; "/" becomes
 * "~"; everything else (including "~") is percent-encoded as UTF-8.
 */
public final class PathSegments {
    private static final String HEX = "0123456789ABCDEF";

    private PathSegments() {
    }

    /** One reversible segment for {@code s}. */
    public static String encode(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_') {
                b.append((char) c);
            } else if (c == '/') {
                b.append('~');
            } else {
                b.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            }
        }
        return b.toString();
    }

    /**
     * A lower-case slug: letters and digits of the NFKD-normalised text (accents dropped) joined
     * by single hyphens ("Science translational medicine" to "science-translational-medicine").
     */
    public static String slug(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? encode(s) : slug;
    }
}
