package org.litlod.convert.portal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.convert.DateParser;
import org.litlod.model.PublicationDate;

/**
 * A publication state as a research portal writes it: "Published - Feb 8 2012",
 * "Published - 2012", "E-pub ahead of print - Mar 3 2021", "Accepted/In press".
 *
 * @param status the status as written ("Published")
 * @param date   the date at the precision given, null when there is none
 */
record PublicationState(String status, PublicationDate date) {
    private static final Pattern STATE = Pattern.compile("^(.+?)(?:\\s+[-\u2013\u2014]\\s+(.+))?$");

    /**
     * Reads the state.
     *
     * @return empty when a date is written but cannot be read
     */
    static Optional<PublicationState> parse(String text) {
        Matcher m = STATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(2) == null) {
            return Optional.of(new PublicationState(m.group(1).strip(), null));
        }
        return DateParser.parse(m.group(2)).map(d -> new PublicationState(m.group(1).strip(), d));
    }

    /** The status alone ("Published" of "Published - Febtember 31 2012"), for a state whose date cannot be read. */
    static Optional<String> statusOnly(String text) {
        Matcher m = STATE.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }
}
