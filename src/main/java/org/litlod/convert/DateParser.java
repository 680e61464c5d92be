package org.litlod.convert;

import java.time.DateTimeException;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.litlod.model.PublicationDate;

/**
 * Reads a date written in one of the usual English or ISO forms into a {@link PublicationDate}
 * at the precision written: "2012", "2012-02", "2012-02-08", "Feb 2012", "Feb 8 2012",
 * "Jan 16,2024", "January 16, 2024", "8 February 2012", "2015 Oct 15", "2024/01/16".
 */
public final class DateParser {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH = "([A-Za-z]{3,9})\\.?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:([-/.])(\\d{1,2})(?:\\2(\\d{1,2}))?)?");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})\\s+" + MONTH + "(?:\\s+(\\d{1,2}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(\\d{4})");

    private DateParser() {
    }

    /** The date the whole (trimmed) text denotes, or empty when it is not a date. */
    public static Optional<PublicationDate> parse(String text) {
        String s = text.strip();
        try {
            Matcher m;
            if ((m = ISO.matcher(s)).matches()) {
                return Optional.of(new PublicationDate(Integer.parseInt(m.group(1)),
                        number(m.group(3)), number(m.group(4))));
            }
            if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) {
                return date(m.group(3), m.group(1), m.group(2));
            }
            if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
                return date(m.group(3), m.group(2), m.group(1));
            }
            if ((m = YEAR_MONTH_DAY.matcher(s)).matches()) {
                return date(m.group(1), m.group(2), m.group(3));
            }
            if ((m = MONTH_YEAR.matcher(s)).matches()) {
                return date(m.group(2), m.group(1), null);
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The month number of an English month name or abbreviation, or null. */
    public static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("sept")) {
            return 9;
        }
        if (n.length() < 3) {
            return null;
        }
        Integer m = MONTHS.get(n.substring(0, 3));
        return m != null && fullName(m).startsWith(n) ? m : null;
    }

    private static String fullName(int month) {
        return Month.of(month).name().toLowerCase(Locale.ROOT);
    }

    private static Optional<PublicationDate> date(String year, String monthName, String day) {
        Integer month = month(monthName);
        if (month == null) {
            return Optional.empty();
        }
        return Optional.of(new PublicationDate(Integer.parseInt(year), month, number(day)));
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}
