package org.litlod.convert.pubtator;

import org.litlod.convert.AbstractGoldenTester;
import org.litlod.convert.Format;

/** Golden files of the PubTator tab format. */
class TestPubTatorGolden extends AbstractGoldenTester {
    @Override
    protected Format format() {
        return PubTatorConverter.FORMAT;
    }
}
