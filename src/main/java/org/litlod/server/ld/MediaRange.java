package org.litlod.server.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One media range of an HTTP Accept header ({@code text/*;q=0.8}) with its quality.
 *
 * @param type    main type, lower case, or "*"
 * @param subtype subtype, lower case, or "*"
 * @param quality the q parameter, 0 to 1 (1 when absent or malformed)
 */
public record MediaRange(String type, String subtype, double quality) {

    /** Parses an Accept header; malformed ranges are skipped, and null or blank gives no ranges. */
    public static List<MediaRange> parseAccept(String header) {
        List<MediaRange> out = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return out;
        }
        for (String part : header.split(",")) {
            String[] params = part.split(";");
            String mt = params[0].trim().toLowerCase(Locale.ROOT);
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1) {
                if (mt.equals("*")) {
                    slash = 1;
                    mt = "*/*";
                } else {
                    continue;
                }
            }
            out.add(new MediaRange(mt.substring(0, slash), mt.substring(slash + 1), quality(params)));
        }
        return out;
    }

    private static double quality(String[] params) {
        for (int i = 1; i < params.length; i++) {
            String p = params[i].trim();
            if (p.length() > 2 && (p.startsWith("q=") || p.startsWith("Q="))) {
                try {
                    double q = Double.parseDouble(p.substring(2).trim());
                    return Math.max(0, Math.min(1, q));
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }

    /**
     * How specifically this range matches {@code mediaType}: 3 exact, 2 type wildcard
     * ({@code text/*}), 1 full wildcard, -1 no match.
     */
    public int specificity(String mediaType) {
        int slash = mediaType.indexOf('/');
        String t = mediaType.substring(0, slash);
        String s = mediaType.substring(slash + 1);
        if (type.equals("*")) {
            return 1;
        }
        if (!type.equals(t)) {
            return -1;
        }
        if (subtype.equals("*")) {
            return 2;
        }
        return subtype.equals(s) ? 3 : -1;
    }
}
