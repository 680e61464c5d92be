package org.litlod.convert.pubtator;

import org.litlod.convert.AbstractGoldenTester;
import org.litlod.convert.Format;

/** Golden files of the PubTator tab format. */
class PubTatorGoldenTest extends AbstractGoldenTester {
    @Override
    protected Format format() {
        return PubTatorConverter.FORMAT;
    }
}
