package org.litlod.server.ld;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.litlod.schemes.LinkedDataset;
import org.litlod.vocab.LITLOD;
import org.litlod.vocab.Prefixes;

/**
 * The VoID statistics of the dataset, counted with SPARQL over the union of the named graphs:
 * triples, distinct subjects and objects, class and property partitions, and one linkset per
 * external target and link predicate.
 */
final class DatasetStatistics {
    private final StoreCounts counts;
    private final IriSpace space;

    DatasetStatistics(StoreCounts counts, IriSpace space) {
        this.counts = counts;
        this.space = space;
    }

    void addTo(Model m, Resource ds) {
        ds.addProperty(VOID.triples, integer(counts.count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")));
        ds.addProperty(VOID.distinctSubjects, integer(counts.count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }")));
        ds.addProperty(VOID.distinctObjects, integer(counts.count("SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }")));
        ds.addProperty(VOID.documents, integer(counts.count("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p a <"
                + LITLOD.Paper.getURI() + "> }")));
        counts.select("SELECT ?p { ?p a <" + LITLOD.Paper.getURI() + "> } ORDER BY ?p LIMIT 1",
                r -> ds.addProperty(VOID.exampleResource, r.getResource("p")));
        long[] classes = {0};
        counts.select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c FILTER isIRI(?c) } GROUP BY ?c ORDER BY ?c", r -> {
            classes[0]++;
            ds.addProperty(VOID.classPartition, m.createResource()
                    .addProperty(VOID._class, r.getResource("c"))
                    .addProperty(VOID.entities, integer(r.getLiteral("n").getLong())));
        });
        ds.addProperty(VOID.classes, integer(classes[0]));
        long[] properties = {0};
        counts.select("SELECT ?p (COUNT(*) AS ?n) { ?s ?p ?o } GROUP BY ?p ORDER BY ?p", r -> {
            properties[0]++;
            ds.addProperty(VOID.propertyPartition, m.createResource()
                    .addProperty(VOID.property, r.getResource("p"))
                    .addProperty(VOID.triples, integer(r.getLiteral("n").getLong())));
        });
        ds.addProperty(VOID.properties, integer(properties[0]));
        Set<String> vocabularies = new TreeSet<>();
        m.listObjectsOfProperty(VOID.property).andThen(m.listObjectsOfProperty(VOID._class))
                .forEachRemaining(term -> vocabularies.add(namespace(term.asResource().getURI())));
        vocabularies.forEach(ns -> ds.addProperty(VOID.vocabulary, m.createResource(ns)));
        linksets(m, ds);
    }

    /** The namespace of a term: its IRI up to the last "#" or "/". */
    static String namespace(String term) {
        int cut = Math.max(term.lastIndexOf('#'), term.lastIndexOf('/'));
        return cut < 0 ? term : term.substring(0, cut + 1);
    }

    /** An xsd:integer literal. */
    static Literal integer(long n) {
        return ResourceFactory.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private void linksets(Model m, Resource ds) {
        StringBuilder values = new StringBuilder();
        for (LinkedDataset t : LinkTarget.values()) {
            values.append(" \"").append(t.uriSpace()).append('"');
        }
        String q = "SELECT ?p ?space (COUNT(*) AS ?n) { ?s ?p ?o FILTER isIRI(?o) VALUES ?space {" + values
                + " } FILTER STRSTARTS(STR(?o), ?space) } GROUP BY ?p ?space ORDER BY ?space ?p";
        counts.select(q, r -> {
            LinkedDataset t = LinkTarget.of(r.getLiteral("space").getString());
            Resource p = r.getResource("p");
            String local = Prefixes.standard().shortForm(p.getURI()).replaceAll("[^A-Za-z0-9]+", "-");
            Resource target = m.createResource(t.datasetIri()).addProperty(RDF.type, VOID.Dataset)
                    .addProperty(DCTerms.title, t.title(), "en").addProperty(VOID.uriSpace, t.uriSpace())
                    .addProperty(FOAF.homepage, m.createResource(t.homepage()));
            if (t.sparqlEndpoint() != null) {
                target.addProperty(VOID.sparqlEndpoint, m.createResource(t.sparqlEndpoint()));
            }
            Resource ls = m.createResource(space.dataset() + "/linkset/" + t.key() + "/" + local)
                    .addProperty(RDF.type, VOID.Linkset)
                    .addProperty(DCTerms.title, "Links to " + t.title() + " by " + Prefixes.standard().shortForm(p.getURI()), "en")
                    .addProperty(VOID.subjectsTarget, ds).addProperty(VOID.objectsTarget, target)
                    .addProperty(VOID.linkPredicate, p)
                    .addProperty(VOID.triples, integer(r.getLiteral("n").getLong()));
            ds.addProperty(VOID.subset, ls);
        });
    }
}
