package org.litlod.convert.portal;

import org.litlod.convert.AbstractGoldenTester;
import org.litlod.convert.Format;

/** Golden files of the portal-record format. */
class PortalRecordGoldenTest extends AbstractGoldenTester {
    @Override
    protected Format format() {
        return PortalRecordConverter.FORMAT;
    }
}
