package org.litlod.convert.pubmed;

import org.litlod.convert.AbstractGoldenTester;
import org.litlod.convert.Format;

/** Golden files of the PubMed XML format. */
class PubMedGoldenTest extends AbstractGoldenTester {
    @Override
    protected Format format() {
        return PubMedXmlConverter.FORMAT;
    }
}
