package org.litlod.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress of a bulk load: counts, rates and the time left, from bytes done. */
class BulkLoadProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void rateAndEtaFollowFromTheBytesDoneSoFar() {
        BulkLoadProgress p = new BulkLoadProgress(4, 4_000_000, 0);
        p.fileDone(1_000_000, 500, 2, 150_000, true);
        assertEquals("bulk: 1/4 files, 25.0% of 4.0 MB, 500 docs (2 failed), 50 docs/s, 15000 triples/s, ETA 0:00:30",
                p.line(10 * SECOND));
        assertEquals("[###         ]  25.0% 500 docs, 50 docs/s, ETA 0:00:30", p.bar(12, 10 * SECOND));
    }

    @Test
    void chunksOfAFileCountDocumentsButItsBytesOnlyWhenItIsFinished() {
        BulkLoadProgress p = new BulkLoadProgress(2, 2_000_000, 0);
        p.fileDone(0, 256, 0, 1000, false);
        assertEquals("bulk: 0/2 files, 0.0% of 2.0 MB, 256 docs (0 failed), 256 docs/s, 1000 triples/s, ETA ?",
                p.line(SECOND));
        p.fileDone(1_000_000, 10, 0, 40, true);
        assertEquals(0.5, p.fraction());
    }

    @Test
    void afterTheInputThePhaseReplacesTheEta() {
        BulkLoadProgress p = new BulkLoadProgress(1, 10, 0);
        p.fileDone(10, 1, 0, 5, true);
        p.phase(BulkLoadProgress.Phase.INDEXING);
        assertEquals("[####] 100.0% 1 docs, 1 docs/s, finishing the TDB2 loader", p.bar(4, SECOND));
    }

    @Test
    void hoursShowInTheEta() {
        BulkLoadProgress p = new BulkLoadProgress(3601, 3601, 0);
        p.fileDone(1, 1, 0, 1, true);
        assertEquals("ETA 1:00:00", p.line(SECOND).substring(p.line(SECOND).length() - 11));
    }
}
