package org.litlod.server.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The federated example queries of {@code ontology/queries/federated/manifest.ttl}: for each
 * entry its query file, its expected results file and the endpoint that runs it
 * ({@code schema:target}).
 */
final class FederatedCatalogue {
    static final Path FOLDER = Path.of("ontology", "queries", "federated");
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String SCHEMA = "https://schema.org/";

    /** One entry of the manifest. */
    record Entry(String id, Path query, Path expected, String target) {
        String sparql() {
            return read(query);
        }

        String title() {
            return header("title");
        }

        String description() {
            return header("description");
        }

        private String header(String name) {
            return sparql().lines().filter(l -> l.startsWith("# " + name + ":"))
                    .map(l -> l.substring(name.length() + 3).strip()).findFirst().orElse(null);
        }
    }

    private FederatedCatalogue() {
    }

    static List<Entry> load() {
        Path manifest = FOLDER.resolve("manifest.ttl");
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, manifest.toUri().toString());
        Property entries = m.createProperty(MF, "entries");
        Property action = m.createProperty(MF, "action");
        Property result = m.createProperty(MF, "result");
        Property target = m.createProperty(SCHEMA, "target");
        Resource root = m.listSubjectsWithProperty(entries).next();
        List<Entry> out = new ArrayList<>();
        for (RDFNode n : root.getPropertyResourceValue(entries).as(RDFList.class).asJavaList()) {
            Resource e = n.asResource();
            out.add(new Entry(e.getLocalName(), file(e.getPropertyResourceValue(action)),
                    file(e.getPropertyResourceValue(result)), targetOf(e, target)));
        }
        return out;
    }

    /** The endpoint that runs an entry: its schema:target, or litlod itself when it names none. */
    private static String targetOf(Resource entry, Property target) {
        Resource t = entry.getPropertyResourceValue(target);
        return t == null ? "http://localhost:3030/papers/sparql" : t.getURI();
    }

    private static Path file(Resource r) {
        return Path.of(java.net.URI.create(r.getURI()));
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
