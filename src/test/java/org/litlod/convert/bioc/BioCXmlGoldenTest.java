package org.litlod.convert.bioc;

import java.nio.file.Path;
import org.litlod.convert.AbstractGoldenTester;
import org.litlod.convert.Format;

/** Golden files of the BioC XML format ({@code convert/bioc/xml}). */
class BioCXmlGoldenTest extends AbstractGoldenTester {
    @Override
    protected Format format() {
        return BioCXmlConverter.FORMAT;
    }

    @Override
    protected Path folder() {
        return super.folder().resolveSibling("bioc").resolve("xml");
    }
}
