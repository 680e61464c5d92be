package org.litlod.rdf;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.litlod.vocab.BIBO;
import org.litlod.vocab.BIOLINK;
import org.litlod.vocab.CITO;
import org.litlod.vocab.LITLOD;
import org.litlod.vocab.OA;
import org.litlod.vocab.PROV;
import org.litlod.vocab.SPDX;

/**
 * Where the triples of published documents go: counts the triples of a dataset in litlod's shape
 * by the part of a document they describe, graph by graph, from the data alone (so it counts
 * the output of any version of the mapper alike). A triple belongs to the part of its subject:
 * selectors; mention annotations and their targets; document-level annotations (those with a
 * mention count); relations (Biolink associations); entities (a body or related entity of an annotation, or anything in a shared
 * graph of entity descriptions); passages; authors (the paper's creators and author list);
 * references (what the paper cites, with their author lists); provenance (source file,
 * checksum, conversion, software agent, the graph itself, and the paper's derivation); the rest
 * is the paper's metadata (paper, journal, summary and body units).
 */
public final class TripleParts {
    /** The parts, in the order of a document. */
    public enum Part {
        METADATA, AUTHORS, REFERENCES, PASSAGES, DOCUMENT_ANNOTATIONS, MENTION_ANNOTATIONS, SELECTORS,
        RELATIONS, ENTITY_DESCRIPTIONS, PROVENANCE;

        /** The name in a report ("mention annotations"). */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    private final Map<Part, Long> counts = new EnumMap<>(Part.class);
    private long papers;

    private TripleParts() {
        for (Part p : Part.values()) {
            counts.put(p, 0L);
        }
    }

    /** Counts every named graph of {@code dsg}. */
    public static TripleParts of(DatasetGraph dsg) {
        TripleParts out = new TripleParts();
        dsg.listGraphNodes().forEachRemaining(g -> out.add(g, dsg.getGraph(g)));
        return out;
    }

    /** Triples of one part. */
    public long count(Part p) {
        return counts.get(p);
    }

    /** Triples of all parts. */
    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Subjects typed {@code litlod:Paper}. */
    public long papers() {
        return papers;
    }

    /** The counts as a Markdown table: triples, triples per paper and share of each part, and the total. */
    public String table() {
        StringBuilder b = new StringBuilder("| part | triples | per paper | share |\n|---|---:|---:|---:|\n");
        long total = total();
        for (Part p : Part.values()) {
            row(b, p.label(), counts.get(p), total);
        }
        row(b, "**total**", total, total);
        return b.append("\n").append(papers).append(" papers\n").toString();
    }

    private void row(StringBuilder b, String name, long n, long total) {
        b.append("| ").append(name).append(" | ").append(n).append(" | ")
                .append(papers == 0 ? "" : String.format(java.util.Locale.ROOT, "%.1f", (double) n / papers))
                .append(" | ").append(total == 0 ? "" : String.format(java.util.Locale.ROOT, "%.1f %%", 100.0 * n / total))
                .append(" |\n");
    }

    private void add(Node graphName, Graph g) {
        papers += g.find(Node.ANY, RDF.type.asNode(), LITLOD.Paper.asNode()).toList().size();
        if (g.contains(graphName, RDF.type.asNode(), PROV.Collection.asNode())) {
            counts.merge(Part.ENTITY_DESCRIPTIONS, (long) g.size(), Long::sum);
            return;
        }
        Set<Node> entities = objects(g, OA.hasBody.asNode());
        entities.addAll(objects(g, LITLOD.relatedEntity.asNode()));
        Set<Node> references = objects(g, CITO.cites.asNode());
        Set<Node> referenceLists = objectsOf(g, references, BIBO.authorList.asNode());
        Set<Node> authorLists = objects(g, BIBO.authorList.asNode());
        authorLists.removeAll(referenceLists);
        Iterator<Triple> it = g.find();
        while (it.hasNext()) {
            Triple t = it.next();
            counts.merge(part(g, graphName, t, entities, references, referenceLists, authorLists), 1L, Long::sum);
        }
    }

    private static Part part(Graph g, Node graphName, Triple t, Set<Node> entities, Set<Node> references,
                             Set<Node> referenceLists, Set<Node> authorLists) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        if (typed(g, s, OA.TextQuoteSelector) || typed(g, s, OA.TextPositionSelector)) {
            return Part.SELECTORS;
        }
        if (typed(g, s, OA.Annotation)) {
            return g.contains(s, LITLOD.mentionCount.asNode(), Node.ANY) ? Part.DOCUMENT_ANNOTATIONS
                    : Part.MENTION_ANNOTATIONS;
        }
        if (g.contains(s, OA.hasSource.asNode(), Node.ANY)) {
            return Part.MENTION_ANNOTATIONS;
        }
        if (typed(g, s, BIOLINK.Association)) {
            return Part.RELATIONS;
        }
        if (entities.contains(s) || typed(g, s, LITLOD.Gene) || typed(g, s, LITLOD.Disease)
                || typed(g, s, LITLOD.Chemical) || typed(g, s, LITLOD.Species) || typed(g, s, LITLOD.Variant)) {
            return Part.ENTITY_DESCRIPTIONS;
        }
        if (typed(g, s, LITLOD.Passage) || p.equals(LITLOD.hasPassage.asNode())) {
            return Part.PASSAGES;
        }
        if (references.contains(s) || referenceLists.contains(s) || p.equals(CITO.cites.asNode())
                || inList(g, s, referenceLists)) {
            return Part.REFERENCES;
        }
        if (authorLists.contains(s) || p.equals(DCTerms.creator.asNode()) || p.equals(BIBO.authorList.asNode())
                || typed(g, s, FOAF.Person)) {
            return Part.AUTHORS;
        }
        if (s.equals(graphName) || typed(g, s, LITLOD.SourceFile) || typed(g, s, LITLOD.Conversion)
                || typed(g, s, PROV.SoftwareAgent) || typed(g, s, SPDX.Checksum)
                || p.equals(PROV.wasDerivedFrom.asNode()) || p.equals(PROV.wasGeneratedBy.asNode())) {
            return Part.PROVENANCE;
        }
        return Part.METADATA;
    }

    private static boolean typed(Graph g, Node s, org.apache.jena.rdf.model.Resource type) {
        return g.contains(s, RDF.type.asNode(), type.asNode());
    }

    /** Whether {@code s} is a member of one of the lists. */
    private static boolean inList(Graph g, Node s, Set<Node> lists) {
        for (Node list : lists) {
            for (Iterator<Triple> it = g.find(list, Node.ANY, s); it.hasNext(); ) {
                if (it.next().getPredicate().getURI().startsWith(RDF.getURI() + "_")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<Node> objects(Graph g, Node p) {
        Set<Node> out = new HashSet<>();
        g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static Set<Node> objectsOf(Graph g, Set<Node> subjects, Node p) {
        Set<Node> out = new HashSet<>();
        subjects.forEach(s -> g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject())));
        return out;
    }
}
