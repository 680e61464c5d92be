package org.litlod.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.litlod.rdf.DocumentGraph;
import org.litlod.rdf.MappedDocument;
import org.litlod.vocab.OA;
import org.litlod.vocab.Prefixes;

/**
 * Checks mapped documents against the litlod SHACL shapes: those of document graphs
 * ({@code ontology/shapes.ttl} on the classpath) and those of entity descriptions
 * ({@code ontology/entity-shapes.ttl}). An entity description is a fact of the lexicon that
 * every paper naming the entity repeats, so {@link #check} checks each one (an entity IRI with
 * its identifier literal) once, not once per paper: its outcome depends on nothing else. Up to
 * {@value #REMEMBERED} descriptions are remembered; past that, new ones are checked each time.
 * Thread-safe; the standard instance parses the shapes once.
 */
public final class ShapeCheck {
    /** Classpath location of the standard shapes of document graphs. */
    public static final String SHAPES = "ontology/shapes.ttl";
    /** Classpath location of the standard shapes of entity descriptions. */
    public static final String ENTITY_SHAPES = "ontology/entity-shapes.ttl";
    static final int REMEMBERED = 500_000;
    private static final String SHAPE_NS = "https://w3id.org/litlod/shapes#";

    /** The SPARQL constraints that can only report quote selectors ({@code oa:exact}). */
    private static final List<String> QUOTE_CONSTRAINTS = List.of(SHAPE_NS + "SelectorMatchesPassage");

    private final Shapes documents;
    private final Shapes unquotedDocuments;
    private final Shapes entities;
    private final Set<String> checkedDescriptions = ConcurrentHashMap.newKeySet();
    private final PrefixMapping prefixes;

    private ShapeCheck(Graph documentShapes, Graph entityShapes) {
        this.documents = Shapes.parse(documentShapes);
        this.unquotedDocuments = Shapes.parse(withoutQuoteConstraints(documentShapes));
        this.entities = Shapes.parse(entityShapes);
        PrefixMapping p = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard());
        p.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        p.setNsPrefix("lshape", SHAPE_NS);
        this.prefixes = p.lock();
    }

    /** The check with the standard shapes. */
    public static ShapeCheck standard() {
        return Standard.INSTANCE;
    }

    /** A new check with the standard shapes that has passed no entity description yet (tests). */
    static ShapeCheck freshStandard() {
        return Standard.fresh();
    }

    /** How many entity descriptions this check has passed and will not check again. */
    int rememberedDescriptions() {
        return checkedDescriptions.size();
    }

    /** A check with other shapes of document graphs and none of entity descriptions (tests). */
    public static ShapeCheck of(Graph shapesGraph) {
        return new ShapeCheck(shapesGraph, GraphFactory.createDefaultGraph());
    }

    /** The violations in a graph of both kinds of shapes, sorted for stable messages; empty when it conforms. */
    public List<Violation> violations(Graph data) {
        List<Violation> found = new ArrayList<>(violations(documentShapesFor(data), data));
        found.addAll(violations(entities, data));
        return sorted(found);
    }

    /**
     * Checks the document graph together with the descriptions of its entities (which are
     * stored apart, in the shared graph, but must hold for this document's annotations); the
     * descriptions this check has passed before are not checked again.
     *
     * @throws ShapeViolationException listing every violation, when the graph does not conform
     */
    public void check(MappedDocument m) throws ShapeViolationException {
        List<Violation> found = m.withDescriptions(described -> {
            List<Violation> all = new ArrayList<>(violations(documentShapesFor(described), described));
            all.addAll(newDescriptionViolations(described));
            return all;
        });
        if (!found.isEmpty()) {
            throw new ShapeViolationException(m.documentLabel(), sorted(found));
        }
    }

    /**
     * The shapes of document graphs to check {@code data} with. A graph without quote selectors
     * (mentions at {@link org.litlod.rdf.MentionDetail#POSITION} or
     * {@link org.litlod.rdf.MentionDetail#DOCUMENT} detail) cannot violate the SPARQL constraints
     * on their text, each of which needs an {@code oa:exact} to report; leaving them out saves
     * a query, planned anew, per paper.
     */
    private Shapes documentShapesFor(Graph data) {
        return data.contains(Node.ANY, OA.exact.asNode(), Node.ANY) ? documents : unquotedDocuments;
    }

    /** A copy of {@code shapes} in which no shape uses the constraints of {@link #QUOTE_CONSTRAINTS}. */
    private static Graph withoutQuoteConstraints(Graph shapes) {
        Graph copy = GraphFactory.createDefaultGraph();
        shapes.find().forEachRemaining(copy::add);
        for (String constraint : QUOTE_CONSTRAINTS) {
            copy.remove(Node.ANY, SHACLM.sparql.asNode(), NodeFactory.createURI(constraint));
        }
        return copy;
    }

    /** The violations of the entity descriptions in {@code described} that have not passed before. */
    private List<Violation> newDescriptionViolations(Graph described) {
        Graph fresh = new DocumentGraph();
        List<String> keys = new ArrayList<>();
        described.find(Node.ANY, DCTerms.identifier.asNode(), Node.ANY).forEachRemaining(t -> {
            String key = descriptionKey(t);
            if (!checkedDescriptions.contains(key)) {
                fresh.add(t);
                keys.add(key);
            }
        });
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<Violation> found = violations(entities, fresh);
        if (found.isEmpty() && checkedDescriptions.size() < REMEMBERED) {
            checkedDescriptions.addAll(keys);
        }
        return found;
    }

    /** What the shapes of entity descriptions depend on: the entity and the text of its identifier literal. */
    private static String descriptionKey(Triple t) {
        Node o = t.getObject();
        return t.getSubject() + "\n" + (o.isLiteral() ? o.getLiteralLexicalForm() : o.toString());
    }

    private List<Violation> violations(Shapes shapes, Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream().map(this::violation).toList();
    }

    private static List<Violation> sorted(List<Violation> found) {
        return found.stream().sorted(Comparator.comparing(Violation::toString)).toList();
    }

    private Violation violation(ReportEntry e) {
        String path = e.resultPath() == null ? "" : e.resultPath().toString(new Prologue(prefixes));
        String message = e.message() == null ? "" : e.message();
        return new Violation(name(e.focusNode()), path, name(e.sourceConstraintComponent()),
                name(e.source()), message);
    }

    private String name(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            return prefixes.shortForm(n.getURI()).equals(n.getURI()) ? "<" + n.getURI() + ">"
                    : prefixes.shortForm(n.getURI());
        }
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }

    private static final class Standard {
        static final ShapeCheck INSTANCE = fresh();

        static ShapeCheck fresh() {
            return new ShapeCheck(load(SHAPES), load(ENTITY_SHAPES));
        }

        private static Graph load(String resource) {
            try (InputStream in = ShapeCheck.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " not found on the classpath");
                }
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                return g;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
