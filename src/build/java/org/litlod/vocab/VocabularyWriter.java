package org.litlod.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes the Java source of {@link LITLOD} from {@code ontology/litlod.ttl}: one constant per term
 * in the litlod namespace, a {@code Property} for properties and a {@code Resource} otherwise,
 * with the term's definition as Javadoc. A build tool, not part of the library: it lives in the
 * {@code src/build/java} source root, which only the tests compile against. Run by
 * {@code ontology/build-vocab.sh}; {@code VocabularyTest} checks that the committed
 * {@code LITLOD.java} equals what this writes, so a stale constant fails the build.
 */
public final class VocabularyWriter {
    private static final Set<Resource> PROPERTY_TYPES =
            Set.of(OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property, OWL.AnnotationProperty);

    private VocabularyWriter() {
    }

    /** Usage: {@code VocabularyWriter <litlod.ttl> <LITLOD.java>}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: VocabularyWriter <litlod.ttl> <LITLOD.java>");
            System.exit(2);
        }
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            RDFDataMgr.read(m, in, Lang.TURTLE);
        }
        Files.writeString(Path.of(args[1]), source(m), StandardCharsets.UTF_8);
    }

    /** The terms of the litlod namespace declared in the ontology, sorted by local name. */
    public static List<Resource> terms(Model ontology) {
        Set<Resource> out = new TreeSet<>(Comparator.comparing(Resource::getURI));
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(LITLOD.NAMESPACE)
                    && s.getURI().length() > LITLOD.NAMESPACE.length()) {
                out.add(s);
            }
        });
        return List.copyOf(out);
    }

    /** The Java source of the LITLOD class for this ontology. */
    public static String source(Model ontology) {
        StringBuilder b = new StringBuilder();
        b.append("package org.litlod.vocab;\n\n")
                .append("import org.apache.jena.rdf.model.Property;\n")
                .append("import org.apache.jena.rdf.model.Resource;\n")
                .append("import org.apache.jena.rdf.model.ResourceFactory;\n\n")
                .append("/**\n * Terms of the litlod ontology ({@code ontology/litlod.ttl}).\n")
                .append(" * GENERATED from the ontology by ontology/build-vocab.sh: do not edit.\n */\n")
                .append("public final class LITLOD {\n")
                .append("    /** The namespace of the litlod ontology. */\n")
                .append("    public static final String NAMESPACE = \"https://w3id.org/litlod/ontology#\";\n")
                .append("    /** The preferred prefix. */\n")
                .append("    public static final String PREFIX = \"litlod\";\n\n")
                .append("    private LITLOD() {\n    }\n\n")
                .append("    private static Resource resource(String local) {\n")
                .append("        return ResourceFactory.createResource(NAMESPACE + local);\n    }\n\n")
                .append("    private static Property property(String local) {\n")
                .append("        return ResourceFactory.createProperty(NAMESPACE, local);\n    }\n");
        for (Resource term : terms(ontology)) {
            String local = term.getURI().substring(LITLOD.NAMESPACE.length());
            boolean property = term.listProperties(RDF.type).toList().stream()
                    .map(Statement::getObject).anyMatch(PROPERTY_TYPES::contains);
            Statement def = term.getProperty(SKOS.definition);
            String doc = def == null ? local : def.getString().replace("*/", "*&#47;");
            b.append("\n    /** ").append(doc).append(" */\n");
            b.append("    public static final ").append(property ? "Property " : "Resource ")
                    .append(local).append(" = ").append(property ? "property" : "resource")
                    .append("(\"").append(local).append("\");\n");
        }
        b.append("}\n");
        return b.toString();
    }
}
