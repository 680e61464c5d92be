package org.litlod.convert.bioc;

import java.nio.file.Path;
import org.litlod.convert.AbstractGoldenTester;
import org.litlod.convert.Format;

/** Golden files of the BioC-JSON format ({@code convert/bioc/json}). */
class BioCJsonGoldenTest extends AbstractGoldenTester {
    @Override
    protected Format format() {
        return BioCJsonConverter.FORMAT;
    }

    @Override
    protected Path folder() {
        return super.folder().resolveSibling("bioc").resolve("json");
    }
}
