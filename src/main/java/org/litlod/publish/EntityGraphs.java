package org.litlod.publish;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.litlod.vocab.PROV;
import org.litlod.ids.IriMinter;
import org.litlod.store.PaperStore;

/**
 * The graphs of entity descriptions in a store: one per lexicon version (a {@code prov:Collection}),
 * shared by the documents mapped with it, each of which names it with {@code dcterms:requires}. Removing or replacing a
 * document never removes descriptions from them (other documents may need them; a description
 * of an entity no document names any more stays, as the lexicon fact it is). A whole shared
 * graph that no document requires any more (every document was loaded again with another
 * lexicon, or removed) is removed at the end of a load.
 */
final class EntityGraphs {
    private EntityGraphs() {
    }

    /** Removes the shared graphs of entity descriptions under {@code iris}' base that no document graph requires. */
    static void prune(PaperStore store, IriMinter iris) {
        Node requires = DCTerms.requires.asNode();
        List<String> unused = new ArrayList<>();
        for (String g : store.graphsWith(RDF.type.asNode(), PROV.Collection.asNode())) {
            if (iris.isEntityGraph(g) && !store.contains(Node.ANY, requires, NodeFactory.createURI(g))) {
                unused.add(g);
            }
        }
        store.remove(unused);
    }
}
