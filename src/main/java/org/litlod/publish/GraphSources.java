package org.litlod.publish;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.litlod.store.PaperStore;
import org.litlod.vocab.PROV;

/**
 * The input files a stored document graph was made from, read from its provenance
 * ({@code graph prov:wasDerivedFrom file . file rdfs:label name}), so that a load can say when
 * it replaces a graph made from another file.
 */
final class GraphSources {
    private GraphSources() {
    }

    /** The names of the files the graph was derived from; empty when the store lacks the graph. */
    static Set<String> of(PaperStore store, String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        return store.read(dsg -> {
            Set<String> names = new TreeSet<>();
            Iterator<Quad> files = dsg.find(g, g, PROV.wasDerivedFrom.asNode(), Node.ANY);
            while (files.hasNext()) {
                Iterator<Quad> labels = dsg.find(g, files.next().getObject(), RDFS.label.asNode(), Node.ANY);
                while (labels.hasNext()) {
                    Node label = labels.next().getObject();
                    if (label.isLiteral()) {
                        names.add(label.getLiteralLexicalForm());
                    }
                }
            }
            return names;
        });
    }
}
