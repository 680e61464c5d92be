package org.litlod.model;

import java.time.LocalDate;

/**
 * A publication date at the precision the source gives it: a year, a year and month, or a day.
 *
 * @param year  the year
 * @param month 1-12, or null when only the year is known
 * @param day   1-31, or null when the day is not known
 */
public record PublicationDate(int year, Integer month, Integer day) {
    public PublicationDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && day != null) {
            LocalDate.of(year, month, day); // throws DateTimeException on impossible dates
        } else if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
    }

    public static PublicationDate of(LocalDate d) {
        return new PublicationDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static PublicationDate ofYear(int year) {
        return new PublicationDate(year, null, null);
    }

    /** The ISO 8601 form at this date's precision: 2012, 2012-02 or 2012-02-08. */
    public String iso() {
        if (month == null) {
            return String.format("%04d", year);
        }
        if (day == null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
