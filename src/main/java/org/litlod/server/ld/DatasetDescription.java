package org.litlod.server.ld;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.litlod.store.DataVersion;
import org.litlod.store.DumpFormat;
import org.litlod.store.PaperStore;
import org.litlod.vocab.Prefixes;

/**
 * The VoID and DCAT description of the dataset ({@code {base}dataset}): title, licence,
 * publisher, SPARQL endpoint and dumps as DCAT distributions, and statistics counted with
 * SPARQL (triples, class and property partitions, linksets to MeSH, MONDO, NCBI Gene, NCBI
 * Taxonomy, PubChem, UniProt and PubMed). Generated again whenever the data version changes.
 */
final class DatasetDescription {
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    private final PaperStore store;
    private final IriSpace space;
    private DataVersion builtFor;
    private Model cached;

    DatasetDescription(PaperStore store, IriSpace space) {
        this.store = store;
        this.space = space;
    }

    /** The description for the current data version (do not modify it). */
    synchronized Model model() {
        DataVersion v = store.version();
        if (cached == null || !v.equals(builtFor)) {
            cached = build(v);
            builtFor = v;
        }
        return cached;
    }

    /** The SPARQL endpoint URL under the base IRI. */
    String endpoint() {
        return space.base() + "papers/sparql";
    }

    /** The IRI of the dataset. */
    String datasetIri() {
        return space.dataset();
    }

    private Model build(DataVersion version) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        Resource ds = m.createResource(space.dataset()).addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset);
        ds.addProperty(DCTerms.title, "litlod: biomedical papers as linked data", "en");
        ds.addProperty(DCTerms.description, "Papers, their authors, summaries, sections, references "
                + "and the genes, diseases, chemicals and species they mention, one named graph per paper.", "en");
        ds.addProperty(DCTerms.license, m.createResource(LICENSE));
        ds.addProperty(DCTerms.publisher, m.createResource(space.dataset() + "/publisher")
                .addProperty(RDF.type, FOAF.Agent).addProperty(FOAF.name, "litlod")
                .addProperty(FOAF.homepage, m.createResource(space.base())));
        ds.addLiteral(DCTerms.modified, m.createTypedLiteral(dateTime(version)));
        ds.addProperty(OWL.versionInfo, version.tag());
        ds.addProperty(FOAF.homepage, m.createResource(space.base()));
        ds.addProperty(VOID.uriSpace, space.base());
        ds.addProperty(VOID.sparqlEndpoint, m.createResource(endpoint()));
        ds.addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/Turtle"));
        ds.addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/JSON-LD"));
        ds.addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/RDF_XML"));
        ds.addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/N-Triples"));
        Resource service = m.createResource(space.dataset() + "/service/sparql")
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, "litlod SPARQL endpoint", "en")
                .addProperty(DCAT.endpointURL, m.createResource(endpoint()))
                .addProperty(DCAT.servesDataset, ds);
        ds.addProperty(DCAT.accessService, service);
        for (DumpFormat f : DumpFormat.values()) {
            Resource dump = m.createResource(space.base() + "dumps/" + f.fileName());
            ds.addProperty(VOID.dataDump, dump);
            Resource dist = m.createResource(space.dataset() + "/distribution/" + f.name().toLowerCase())
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, "Dump: " + f.fileName(), "en")
                    .addProperty(DCAT.downloadURL, dump)
                    .addProperty(DCAT.mediaType, m.createResource(iana(f.contentFormat())))
                    .addProperty(DCTerms.license, m.createResource(LICENSE));
            if (f == DumpFormat.NQUADS_GZ) {
                dist.addProperty(DCAT.compressFormat, m.createResource(iana("application/gzip")));
            }
            ds.addProperty(DCAT.distribution, dist);
        }
        new DatasetStatistics(new StoreCounts(store), space).addTo(m, ds);
        return m;
    }

    private static String iana(String mediaType) {
        return "http://www.iana.org/assignments/media-types/" + mediaType;
    }

    private static XSDDateTime dateTime(DataVersion v) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(v.modified().toEpochMilli());
        return new XSDDateTime(c);
    }
}
