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
 * copy on the classpath), with the TDB2 location pointed at the store litlod uses.
 */
public final class ServerConfig {
    /** Where the configuration lives on the classpath (copied there from the repository). */
    public static final String RESOURCE = "fuseki-config/config.ttl";
    static final String TDB2_NS = "http://jena.apache.org/2016/tdb#";

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

    /** Points each {@code tdb2:DatasetTDB2} of the configuration at {@code db}. */
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
    }
}
