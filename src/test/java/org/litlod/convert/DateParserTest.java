package org.litlod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.litlod.model.PublicationDate;

/** Written dates at their precision. */
class DateParserTest {
    @Test
    void formsAndPrecision() {
        assertEquals(date(2024, 1, 16), DateParser.parse("Jan 16,2024"));
        assertEquals(date(2024, 1, 16), DateParser.parse("January 16, 2024"));
        assertEquals(date(2012, 2, 8), DateParser.parse("Feb 8 2012"));
        assertEquals(date(2012, 2, 8), DateParser.parse("8 February 2012"));
        assertEquals(date(2015, 10, 15), DateParser.parse("2015 Oct 15"));
        assertEquals(date(2025, 8, 14), DateParser.parse("2025-08-14"));
        assertEquals(Optional.of(new PublicationDate(2025, 8, null)), DateParser.parse("2025-08"));
        assertEquals(Optional.of(new PublicationDate(2012, 2, null)), DateParser.parse("Feb 2012"));
        assertEquals(Optional.of(new PublicationDate(2020, 6, null)), DateParser.parse("June 2020"));
        assertEquals(Optional.of(new PublicationDate(2020, 9, 1)), DateParser.parse("Sept 1, 2020"));
        assertEquals(Optional.of(PublicationDate.ofYear(2025)), DateParser.parse("2025"));
        assertEquals(date(2024, 1, 16), DateParser.parse("2024/01/16"));
    }

    @Test
    void notDates() {
        assertTrue(DateParser.parse("Feb 30 2012").isEmpty());
        assertTrue(DateParser.parse("2025-13").isEmpty());
        assertTrue(DateParser.parse("2024-01/16").isEmpty());
        assertTrue(DateParser.parse("Leukemia").isEmpty());
        assertTrue(DateParser.parse("Ju 3 2012").isEmpty());
        assertTrue(DateParser.parse("Jan 16,2024API").isEmpty());
    }

    private static Optional<PublicationDate> date(int y, int m, int d) {
        return Optional.of(new PublicationDate(y, m, d));
    }
}
