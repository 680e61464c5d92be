package org.litlod.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.litlod.rdf.DocumentGraph;
import org.litlod.rdf.MappedDocument;

/**
 * The descriptions of the entities some mapped documents name, merged per shared graph of
 * entity descriptions (one per lexicon), each triple once however many documents name the
 * entity: what a batch of documents adds to the shared graphs.
 */
final class EntityDescriptions {
    private EntityDescriptions() {
    }

    /** The merged descriptions, by the IRI of the shared graph they belong in. */
    static Map<String, Graph> of(List<MappedDocument> docs) {
        Map<String, Graph> out = new LinkedHashMap<>();
        for (MappedDocument d : docs) {
            if (d.entities().isEmpty()) {
                continue;
            }
            Graph g = out.computeIfAbsent(d.entityGraphIri(), k -> new DocumentGraph());
            d.entities().find().forEachRemaining(g::add);
        }
        return out;
    }

    /** The number of triples of the merged descriptions. */
    static long size(Map<String, Graph> merged) {
        return merged.values().stream().mapToLong(Graph::size).sum();
    }
}
