package org.litlod.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.litlod.rdf.MappedDocument;
import org.litlod.vocab.Prefixes;

/**
 * Checks mapped documents against the litlod SHACL shapes ({@code ontology/shapes.ttl} on the
 * classpath). Thread-safe; the standard instance parses the shapes once.
 */
public final class ShapeCheck {
    /** Classpath location of the standard shapes. */
    public static final String SHAPES = "ontology/shapes.ttl";
    private static final String SHAPE_NS = "https://w3id.org/litlod/shapes#";

    private final Shapes shapes;
    private final PrefixMapping prefixes;

    private ShapeCheck(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        PrefixMapping p = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard());
        p.setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        p.setNsPrefix("lshape", SHAPE_NS);
        this.prefixes = p.lock();
    }

    /** The check with the standard shapes. */
    public static ShapeCheck standard() {
        return Standard.INSTANCE;
    }

    /** A check with other shapes (tests). */
    public static ShapeCheck of(Graph shapesGraph) {
        return new ShapeCheck(shapesGraph);
    }

    /** The SHACL report for a graph. */
    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** The violations in a graph, sorted for stable messages; empty when it conforms. */
    public List<Violation> violations(Graph data) {
        return validate(data).getEntries().stream().map(this::violation)
                .sorted(Comparator.comparing(Violation::toString)).toList();
    }

    /**
     * Checks the document graph together with the descriptions of its entities (which are
     * stored apart, in the shared graph, but must hold for this document's annotations).
     *
     * @throws ShapeViolationException listing every violation, when the graph does not conform
     */
    public void check(MappedDocument m) throws ShapeViolationException {
        List<Violation> found = violations(m.described());
        if (!found.isEmpty()) {
            throw new ShapeViolationException(m.documentLabel(), found);
        }
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
        static final ShapeCheck INSTANCE = new ShapeCheck(load());

        private static Graph load() {
            try (InputStream in = ShapeCheck.class.getClassLoader().getResourceAsStream(SHAPES)) {
                if (in == null) {
                    throw new IllegalStateException(SHAPES + " not found on the classpath");
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
