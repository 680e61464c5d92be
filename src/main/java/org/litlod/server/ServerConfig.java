package org.litlod.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;

/**
 * The Fuseki assembler configuration, read from {@code fuseki-config/config.ttl} (a file, or the
 * copy on the classpath), with the TDB2 location and the text index directory pointed at the
 * store litlod uses. The services are split from the server settings so that litlod can give
 * each service the store's own dataset instead of letting the assembler open a second one.
 */
public final class ServerConfig {
    /** Where the configuration lives on the classpath (copied there from the repository). */
    public static final String RESOURCE = "fuseki-config/config.ttl";
    static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";
    static final String TEXT_NS = "http://jena.apache.org/text#";
    static final String FUSEKI_NS = "http://jena.apache.org/fuseki#";

    private ServerConfig() {
    }

    /** The configuration from the classpath with every TDB2 dataset located at {@code db}. */
    public static Model forStore(Path db) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = ServerConfig.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            RDFDataMgr.read(m, in, "file:///fuseki-config/config.ttl", Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        relocate(m, db);
        return m;
    }

    /** The services the configuration lists, in order. */
    public static List<Resource> services(Model config) {
        Property services = config.createProperty(FUSEKI_NS, "services");
        return config.listStatements(null, services, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                .flatMap(st -> st.getObject().as(org.apache.jena.rdf.model.RDFList.class).asJavaList().stream())
                .map(n -> n.asResource()).toList();
    }

    /** The dataset description a service uses. */
    public static Resource datasetOf(Resource service) {
        return service.getPropertyResourceValue(service.getModel().createProperty(FUSEKI_NS, "dataset"));
    }

    /** A copy of the configuration with the server settings but no services. */
    public static Model withoutServices(Model config) {
        Model m = ModelFactory.createDefaultModel().add(config);
        m.removeAll(null, m.createProperty(FUSEKI_NS, "services"), null);
        m.removeAll(null, RDF.type, m.createResource(FUSEKI_NS + "Service"));
        return m;
    }

    /** Points each {@code tdb2:DatasetTDB2} and each Lucene text index of the configuration at {@code db}. */
    static void relocate(Model m, Path db) {
        Resource tdb2Dataset = m.createResource(TDB2_NS + "DatasetTDB2");
        Property location = m.createProperty(TDB2_NS, "location");
        List<Resource> datasets = m.listResourcesWithProperty(RDF.type, tdb2Dataset).toList();
        if (datasets.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " declares no tdb2:DatasetTDB2");
        }
        for (Resource ds : datasets) {
            ds.removeAll(location);
            ds.addProperty(location, db.toAbsolutePath().normalize().toString());
        }
        Property directory = m.createProperty(TEXT_NS, "directory");
        for (Resource index : m.listResourcesWithProperty(RDF.type, m.createResource(TEXT_NS + "TextIndexLucene")).toList()) {
            index.removeAll(directory);
            index.addProperty(directory, m.createResource(
                    db.toAbsolutePath().normalize().resolve("text-index").toUri().toString()));
        }
    }
}
