package org.litlod.server.ld;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.litlod.store.PaperStore;
import org.litlod.vocab.LITLOD;
import org.litlod.vocab.OA;
import org.litlod.vocab.Prefixes;

/**
 * Builds the data document of a resource from the store. A paper is described by its whole
 * named graph with the descriptions of the entities it names (from the shared graph); a named graph by its content; the dataset by the generated VoID/DCAT
 * description; anything else by its concise bounded description (its triples and those of the
 * blank nodes and minted sub-resources below its IRI, such as a section's paragraphs), up to
 * {@value #MAX_INCOMING} triples pointing at it, and the labels of every resource mentioned.
 */
final class ResourceDescriber {
    static final int MAX_INCOMING = 500;
    private static final int MAX_TRIPLES = 20_000;
    private final PaperStore store;
    private final IriSpace space;
    private final DatasetDescription dataset;

    ResourceDescriber(PaperStore store, IriSpace space, DatasetDescription dataset) {
        this.store = store;
        this.space = space;
        this.dataset = dataset;
    }

    /** What the IRI names. */
    ResourceKind kind(String iri) {
        if (iri.equals(space.dataset()) || iri.startsWith(space.dataset() + "/")) {
            return dataset.model().getGraph().contains(NodeFactory.createURI(iri), Node.ANY, Node.ANY)
                    ? ResourceKind.DATASET : ResourceKind.NONE;
        }
        Node n = NodeFactory.createURI(iri);
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            if (dsg.containsGraph(n) && !dsg.getGraph(n).isEmpty()) {
                return ResourceKind.GRAPH;
            }
            Graph union = dsg.getUnionGraph();
            if (union.contains(n, RDF.type.asNode(), LITLOD.Paper.asNode())) {
                return ResourceKind.PAPER;
            }
            if (union.contains(n, Node.ANY, Node.ANY) || union.contains(Node.ANY, OA.hasBody.asNode(), n)) {
                return ResourceKind.RESOURCE;
            }
            return ResourceKind.NONE;
        });
    }

    /** The description of the IRI (empty when it is unknown). */
    Model describe(String iri) {
        ResourceKind kind = kind(iri);
        Node n = NodeFactory.createURI(iri);
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        if (kind == ResourceKind.DATASET) {
            Model d = dataset.model();
            m.setNsPrefixes(d.getNsPrefixMap());
            bounded(d.getGraph(), n, m.getGraph());
            return m;
        }
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> {
            Graph out = m.getGraph();
            if (kind == ResourceKind.GRAPH) {
                dsg.getGraph(n).find().forEachRemaining(out::add);
            } else if (kind == ResourceKind.PAPER) {
                dsg.find(Node.ANY, n, RDF.type.asNode(), LITLOD.Paper.asNode()).forEachRemaining(q ->
                        dsg.find(q.getGraph(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(x -> out.add(x.asTriple())));
                addEntities(dsg.getUnionGraph(), out);
            } else if (kind == ResourceKind.RESOURCE) {
                Graph union = dsg.getUnionGraph();
                bounded(union, n, out);
                var in = union.find(Node.ANY, Node.ANY, n);
                for (int i = 0; i < MAX_INCOMING && in.hasNext(); i++) {
                    out.add(in.next());
                }
                in.close();
                Labels.addLabels(union, out);
            }
        });
        return m;
    }

    /**
     * Copies into {@code out} the descriptions (kept in the shared graph of entity descriptions)
     * of the entities the annotations in {@code out} have as body or related entity.
     */
    private static void addEntities(Graph union, Graph out) {
        Set<Node> entities = new HashSet<>();
        for (Node p : new Node[] {OA.hasBody.asNode(), LITLOD.relatedEntity.asNode()}) {
            out.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> entities.add(t.getObject()));
        }
        for (Node e : entities) {
            union.find(e, Node.ANY, Node.ANY).forEachRemaining(out::add);
        }
    }

    /** The triples of {@code start}, its blank nodes and its minted sub-resources, copied to {@code out}. */
    private static void bounded(Graph source, Node start, Graph out) {
        String prefix = start.getURI() + "/";
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(start);
        seen.add(start);
        while (!todo.isEmpty() && out.size() < MAX_TRIPLES) {
            Node s = todo.poll();
            for (var it = source.find(s, Node.ANY, Node.ANY); it.hasNext(); ) {
                Triple t = it.next();
                out.add(t);
                Node o = t.getObject();
                boolean owned = o.isBlank() || (o.isURI() && o.getURI().startsWith(prefix));
                if (owned && seen.add(o)) {
                    todo.add(o);
                }
            }
        }
    }
}
