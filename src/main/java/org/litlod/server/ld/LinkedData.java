package org.litlod.server.ld;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.litlod.store.PaperStore;

/**
 * Adds litlod's linked-data layer to an embedded Fuseki server: IRI dereferencing with 303
 * See Other, HTML pages, data documents, entity pages, VoID/DCAT, the SPARQL service
 * description, dumps, the JSON-LD context, the stylesheet and the full-text search page. The URL scheme is in the
 * package documentation.
 */
public final class LinkedData {
    private LinkedData() {
    }

    /**
     * Registers the resource filter, the servlets and the service-description filter on
     * {@code builder}.
     *
     * @param sparqlPaths the paths of the SPARQL query endpoints ("/papers/sparql"); their first
     *                    segment is the Fuseki dataset, whose paths are left to Fuseki
     */
    public static FusekiServer.Builder install(FusekiServer.Builder builder, PaperStore store, IriSpace space,
                                               String... sparqlPaths) {
        Site site = new Site(store, space);
        ServiceDescriptionFilter sd = new ServiceDescriptionFilter(site);
        for (String p : sparqlPaths) {
            builder.addFilter(p, sd);
        }
        List<String> reserved = new ArrayList<>(List.of("page", "data", "entity", "dumps", "static",
                ".well-known", "context.jsonld", "favicon.ico", "search", "query", "webjars"));
        for (String p : sparqlPaths) {
            String first = p.replaceAll("^/+", "");
            reserved.add(first.contains("/") ? first.substring(0, first.indexOf('/')) : first);
        }
        builder.addFilter("/*", new ResourceFilter(site, reserved));
        ClasspathServlet files = new ClasspathServlet();
        return builder
                .addServlet("/page/*", new PageServlet(site))
                .addServlet("/data/*", new DataServlet(site))
                .addServlet("/entity/*", new EntityServlet(site))
                .addServlet("/search", new SearchServlet(site))
                .addServlet("/query", new QueryEditorServlet(sparqlPaths[0]))
                .addServlet(WebJarServlet.PATH + "*", new WebJarServlet())
                .addServlet("/dumps/*", new DumpServlet(site))
                .addServlet("/.well-known/void", new VoidServlet(site))
                .addServlet("/.well-known/sparql-examples", new SparqlExamplesServlet(site, sparqlPaths[0]))
                .addServlet("/context.jsonld", files)
                .addServlet("/static/*", files);
    }
}
