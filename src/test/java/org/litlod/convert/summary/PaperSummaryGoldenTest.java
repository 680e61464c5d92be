package org.litlod.convert.summary;

import org.litlod.convert.AbstractGoldenTester;
import org.litlod.convert.Format;

/** Golden files of the paper-summary format. */
class PaperSummaryGoldenTest extends AbstractGoldenTester {
    @Override
    protected Format format() {
        return PaperSummaryConverter.FORMAT;
    }
}
