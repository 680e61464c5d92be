package org.litlod.tag;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stereo and isomer descriptors belong to a chemical's name: a match of "amphetamine" in
 * "d-amphetamine" or of "retinoic acid" in "cis-retinoic acid" covers the descriptor too
 * ("d-", "l-", "dl-", "D-", "L-", "DL-", "R-", "S-", "(+)-", "(-)-", "(±)-", "cis-", "trans-").
 */
final class StereoPrefix {

    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[dlDLRS]|dl|DL|cis|trans|\\([+\\-\u00b1]\\))-$");

    private StereoPrefix() {
    }

    /** The start of the chemical name ending at {@code end} that a match at {@code start} belongs to. */
    static int extend(String text, int start) {
        int from = Math.max(0, start - 7);
        Matcher m = BEFORE.matcher(text).region(from, start);
        m.useTransparentBounds(true);
        return m.find() ? m.start() : start;
    }
}
