package org.litlod.tag.variant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises protein substitutions in the forms "L1196M", "p.L1196M", "Leu1196Met",
 * "p.Leu1196Met", "p.(Leu1196Met)", "1196 L>M" and "1196L>M", and normalises them to HGVS
 * ({@link ProteinVariant#hgvs()}). Nucleotide changes ("c.35G>A") are not taken. The patterns
 * are only tried around runs of digits, so text without numbers costs one pass. Thread-safe.
 */
public final class VariantRecogniser {

    private static final String ONE = "[ACDEFGHIKLMNPQRSTVWY]";
    private static final Pattern THREE = Pattern.compile("(?<![A-Za-z0-9])(?:p\\.\\(?)?("
            + AminoAcids.THREE_LETTER + ")([1-9][0-9]{0,4})(" + AminoAcids.THREE_LETTER
            + "|Ter|\\*)\\)?(?![A-Za-z0-9])");
    private static final Pattern SHORT = Pattern.compile("(?<![A-Za-z0-9.>])(?:p\\.)?(" + ONE
            + ")([1-9][0-9]{0,4})(" + ONE + "|X|\\*)(?![A-Za-z0-9*])");
    private static final Pattern ARROW = Pattern.compile("(?<![A-Za-z0-9.])([1-9][0-9]{0,4}) ?("
            + ONE + ")>(" + ONE + ")(?![A-Za-z0-9])");

    /** The variants in {@code text}, in order, none overlapping. */
    public List<VariantMention> find(String text) {
        if (!hasDigit(text)) {
            return List.of();
        }
        List<VariantMention> out = new ArrayList<>();
        Matcher three = THREE.matcher(text);
        Matcher shortForm = SHORT.matcher(text);
        Matcher arrow = ARROW.matcher(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isDigit(text.charAt(j))) {
                j++;
            }
            if (j - i <= 5) {
                int from = Math.max(0, i - 6);
                int to = Math.min(n, j + 6);
                if (i >= 3 && Character.isUpperCase(text.charAt(i - 3)) && Character.isLowerCase(text.charAt(i - 1))) {
                    collect(three, from, to, 1, 2, 3, out);
                }
                if (i >= 1 && j < n && Character.isUpperCase(text.charAt(i - 1))
                        && (Character.isUpperCase(text.charAt(j)) || text.charAt(j) == '*')) {
                    collect(shortForm, from, to, 1, 2, 3, out);
                }
                if (j + 2 < n && (text.charAt(j + 1) == '>' || text.charAt(j + 2) == '>')) {
                    collect(arrow, from, to, 2, 1, 3, out);
                }
            }
            i = j;
        }
        out.sort(Comparator.comparingInt(VariantMention::start));
        List<VariantMention> kept = new ArrayList<>();
        int end = -1;
        for (VariantMention m : out) {
            if (m.start() >= end) {
                kept.add(m);
                end = m.end();
            }
        }
        return kept;
    }

    /** Adds the matches of {@code m} within {@code [from, to)} (looking around its bounds) not yet found. */
    private static void collect(Matcher m, int from, int to, int ref, int pos, int alt,
                                List<VariantMention> out) {
        m.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            if (alreadyFound(out, m.start())) {
                continue;
            }
            String r = AminoAcids.canonical(m.group(ref));
            String a = AminoAcids.canonical(m.group(alt));
            if (r == null || a == null || r.equals("Ter")) {
                continue;
            }
            int end = m.end();
            if (m.group().endsWith(")") && !m.group().contains("(")) {
                end--;
            }
            out.add(new VariantMention(m.start(), end,
                    new ProteinVariant(r, Integer.parseInt(m.group(pos)), a)));
        }
    }

    private static boolean alreadyFound(List<VariantMention> out, int start) {
        for (int k = out.size() - 1; k >= 0 && k >= out.size() - 4; k--) {
            if (out.get(k).start() == start) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
