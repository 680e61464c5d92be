package org.litlod.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.system.Txn;

/** What the store's full-text index finds for a query: the IRIs of the hits, in the index's order. */
final class TextHits {
    private TextHits() {
    }

    static List<String> of(PaperStore store, String query) {
        DatasetGraphText dsg = (DatasetGraphText) store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            dsg.search(query).forEachRemaining(h -> out.add(h.getNode().getURI()));
            return out;
        });
    }
}
