package org.litlod.convert.jats;

import org.litlod.convert.AbstractGoldenTester;
import org.litlod.convert.Format;

/** Golden files of the JATS format. */
class JatsGoldenTest extends AbstractGoldenTester {
    @Override
    protected Format format() {
        return JatsConverter.FORMAT;
    }
}
