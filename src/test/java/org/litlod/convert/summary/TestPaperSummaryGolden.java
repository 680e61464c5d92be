package org.litlod.convert.summary;

import org.litlod.convert.AbstractGoldenTester;
import org.litlod.convert.Format;

/** Golden files of the paper-summary format. */
class TestPaperSummaryGolden extends AbstractGoldenTester {
    @Override
    protected Format format() {
        return PaperSummaryConverter.FORMAT;
    }
}
