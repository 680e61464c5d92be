package org.litlod.server.examples;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.litlod.vocab.Prefixes;

/**
 * The example-query catalogue as RDF in the shape of the SIB sparql-examples that UniProt
 * publishes at {@code /.well-known/sparql-examples}: each query an {@code sh:SPARQLExecutable}
 * with its text ({@code sh:select}, {@code sh:ask}, ...), {@code rdfs:label} (title),
 * {@code rdfs:comment} (description) and {@code schema:target} (the endpoint that runs it: litlod's,
 * or another engine's for queries that call litlod as a SERVICE), the prefixes
 * declared once with {@code sh:declare}.
 */
public final class ExampleCatalogueRdf {
    /** Where the catalogue is published, relative to the server's base. */
    public static final String PATH = ".well-known/sparql-examples";
    static final String SH = "http://www.w3.org/ns/shacl#";
    static final String SCHEMA = "https://schema.org/";

    private ExampleCatalogueRdf() {
    }

    /**
     * The catalogue as RDF.
     *
     * @param base     the server's base IRI (ending in '/'); examples are {@code {base}.well-known/sparql-examples/{id}}
     * @param endpoint the SPARQL endpoint the examples are meant for
     */
    public static Model of(List<ExampleQuery> queries, String base, String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sh", SH);
        m.setNsPrefix("schema", SCHEMA);
        m.setNsPrefix("rdfs", RDFS.getURI());
        m.setNsPrefix("ex", base + PATH + "/");
        Resource prefixes = declarePrefixes(m, base + PATH + "#prefixes");
        for (ExampleQuery q : queries) {
            Resource target = m.createResource(q.target() == null ? endpoint : q.target());
            Query parsed = QueryFactory.create(q.sparql());
            Resource ex = m.createResource(base + PATH + "/" + q.id())
                    .addProperty(RDF.type, m.createResource(SH + "SPARQLExecutable"))
                    .addProperty(RDF.type, m.createResource(SH + executableClass(parsed)))
                    .addProperty(RDFS.label, q.title(), "en")
                    .addProperty(RDFS.comment, q.description(), "en")
                    .addProperty(m.createProperty(SH, "prefixes"), prefixes)
                    .addProperty(m.createProperty(SCHEMA, "target"), target);
            ex.addProperty(m.createProperty(SH, textProperty(parsed)), q.sparql());
        }
        return m;
    }

    private static Resource declarePrefixes(Model m, String iri) {
        Resource node = m.createResource(iri);
        Property declare = m.createProperty(SH, "declare");
        for (Map.Entry<String, String> e : Prefixes.standard().getNsPrefixMap().entrySet()) {
            node.addProperty(declare, m.createResource()
                    .addProperty(m.createProperty(SH, "prefix"), e.getKey())
                    .addProperty(m.createProperty(SH, "namespace"), m.createTypedLiteral(e.getValue(), XSDDatatype.XSDanyURI)));
        }
        return node;
    }

    private static String executableClass(Query q) {
        return "SPARQL" + switch (q.queryType()) {
            case SELECT -> "Select";
            case ASK -> "Ask";
            case CONSTRUCT -> "Construct";
            case DESCRIBE -> "Describe";
            default -> throw new IllegalArgumentException("not a query form for the catalogue: " + q.queryType());
        } + "Executable";
    }

    private static String textProperty(Query q) {
        return switch (q.queryType()) {
            case SELECT -> "select";
            case ASK -> "ask";
            case CONSTRUCT -> "construct";
            case DESCRIBE -> "describe";
            default -> throw new IllegalArgumentException(q.queryType().toString());
        };
    }
}
