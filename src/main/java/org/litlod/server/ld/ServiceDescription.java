package org.litlod.server.ld;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.litlod.store.DataVersion;
import org.litlod.store.PaperStore;
import org.litlod.vocab.Prefixes;

/**
 * The SPARQL 1.1 Service Description of the endpoint: query language, result formats, the
 * union default graph and every named graph with its triple count. Served for a GET of the
 * endpoint without a query; generated again whenever the data version changes.
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private final PaperStore store;
    private final DatasetDescription dataset;
    private DataVersion builtFor;
    private Model cached;

    ServiceDescription(PaperStore store, DatasetDescription dataset) {
        this.store = store;
        this.dataset = dataset;
    }

    /** The description for the current data version (do not modify it). */
    synchronized Model model() {
        DataVersion v = store.version();
        if (cached == null || !v.equals(builtFor)) {
            cached = build();
            builtFor = v;
        }
        return cached;
    }

    private Model build() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("formats", FORMATS);
        Resource service = m.createResource().addProperty(RDF.type, m.createResource(SD + "Service"));
        service.addProperty(p(m, "endpoint"), m.createResource(dataset.endpoint()));
        service.addProperty(p(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        service.addProperty(p(m, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples"}) {
            service.addProperty(p(m, "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource defaultGraph = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"));
        Resource ds = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"))
                .addProperty(p(m, "defaultGraph"), defaultGraph)
                .addProperty(RDFS.seeAlso, m.createResource(dataset.datasetIri()));
        service.addProperty(p(m, "defaultDataset"), ds);
        StoreCounts counts = new StoreCounts(store);
        defaultGraph.addProperty(VOID.triples,
                DatasetStatistics.integer(counts.count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")));
        counts.select("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", r -> {
            Resource graph = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"))
                    .addProperty(VOID.triples, DatasetStatistics.integer(r.getLiteral("n").getLong()));
            ds.addProperty(p(m, "namedGraph"), m.createResource()
                    .addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(p(m, "name"), r.getResource("g"))
                    .addProperty(p(m, "graph"), graph));
        });
        return m;
    }

    private static Property p(Model m, String local) {
        return m.createProperty(SD, local);
    }
}
