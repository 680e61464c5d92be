package org.litlod.convert.webarticle;

import org.litlod.convert.AbstractGoldenTester;
import org.litlod.convert.Format;

/** Golden files of the web-article format. */
class WebArticleGoldenTest extends AbstractGoldenTester {
    @Override
    protected Format format() {
        return WebArticleConverter.FORMAT;
    }
}
