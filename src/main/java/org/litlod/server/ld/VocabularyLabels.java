package org.litlod.server.ld;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Names of properties and classes for page headings and tables: from the litlod ontology on the
 * classpath, a few standard terms named here, and otherwise the local name split into words
 * ("hasPubMedCentralId" becomes "has pub med central id").
 */
final class VocabularyLabels {
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "type"),
            Map.entry("http://purl.org/dc/terms/title", "title"),
            Map.entry("http://purl.org/dc/terms/creator", "author"),
            Map.entry("http://purl.org/dc/terms/isPartOf", "part of"),
            Map.entry("http://purl.org/dc/terms/issued", "published"),
            Map.entry("http://purl.org/dc/terms/abstract", "abstract"),
            Map.entry("http://purl.org/dc/terms/identifier", "identifier"),
            Map.entry("http://purl.org/dc/terms/subject", "subject"),
            Map.entry("http://purl.org/dc/terms/bibliographicCitation", "citation"),
            Map.entry("http://www.w3.org/2002/07/owl#sameAs", "same as"),
            Map.entry("http://www.w3.org/2004/02/skos/core#exactMatch", "exact match"),
            Map.entry("http://www.w3.org/2004/02/skos/core#altLabel", "also known as"),
            Map.entry("http://xmlns.com/foaf/0.1/name", "name"),
            Map.entry("http://prismstandard.org/namespaces/basic/2.0/doi", "DOI"),
            Map.entry("http://purl.org/ontology/bibo/pmid", "PMID"),
            Map.entry("http://purl.org/spar/fabio/hasPubMedCentralId", "PMCID"),
            Map.entry("http://purl.org/spar/cito/cites", "cites"),
            Map.entry("http://www.w3.org/ns/oa#hasBody", "body"),
            Map.entry("http://www.w3.org/ns/oa#hasTarget", "target"));
    private static final Graph ONTOLOGY = load();

    private VocabularyLabels() {
    }

    /** A short lower-case name for the term. */
    static String of(Node term) {
        if (!term.isURI()) {
            return term.toString();
        }
        String known = KNOWN.get(term.getURI());
        if (known != null) {
            return known;
        }
        var it = ONTOLOGY.find(term, RDFS.label.asNode(), Node.ANY);
        if (it.hasNext()) {
            return it.next().getObject().getLiteralLexicalForm();
        }
        String local = term.getLocalName();
        if (term.getURI().startsWith(RDF.getURI()) && local.matches("_\\d+")) {
            return "item " + local.substring(1);
        }
        if (local == null || local.isEmpty()) {
            return Labels.shortForm(term);
        }
        return local.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static Graph load() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = VocabularyLabels.class.getClassLoader().getResourceAsStream("ontology/litlod.ttl")) {
            if (in != null) {
                RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            }
        } catch (Exception e) {
            // labels then fall back to local names
        }
        return g;
    }
}
