package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress line of a bulk load: counts, rates and the time left. */
class BulkLoadProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void rateAndEtaFollowFromTheFilesDoneSoFar() {
        BulkLoadProgress p = new BulkLoadProgress(1000, 0);
        for (int i = 0; i < 250; i++) {
            p.fileDone(2, 600);
        }
        assertEquals("bulk: 250/1000 files (25.0%), 500 docs, 50 docs/s, 15000 triples/s, ETA 0:00:30",
                p.line(10 * SECOND));
    }

    @Test
    void beforeTheFirstFileTheEtaIsUnknownAndHoursShow() {
        assertEquals("bulk: 0/10 files (0.0%), 0 docs, 0 docs/s, 0 triples/s, ETA ?", new BulkLoadProgress(10, 0).line(SECOND));
        BulkLoadProgress p = new BulkLoadProgress(3601, 0);
        p.fileDone(1, 1);
        assertEquals("1:00:00", p.line(SECOND).substring(p.line(SECOND).length() - 7));
    }
}
