package org.litlod.server.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Reads the example queries from the classpath: {@code ontology/queries/manifest.ttl} lists the
 * entries in order ({@code mf:entries}), each with {@code mf:action} (the {@code .rq}) and
 * {@code mf:result} (the expected results).
 */
public final class ExampleCatalogue {
    /** Classpath folder of the catalogue. */
    public static final String FOLDER = "ontology/queries/";
    /** Sub-folder of the federated queries, which call other endpoints. */
    public static final String FEDERATED = "federated/";
    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String SCHEMA = "https://schema.org/";
    private static final String BASE = "http://litlod.invalid/" + FOLDER;

    private ExampleCatalogue() {
    }

    /** The example queries over litlod's own data, in the order of their manifest. */
    public static List<ExampleQuery> load() {
        return load("");
    }

    /** What litlod publishes: its own example queries, then the federated ones. */
    public static List<ExampleQuery> published() {
        List<ExampleQuery> all = new ArrayList<>(load());
        all.addAll(load(FEDERATED));
        return List.copyOf(all);
    }

    /** The example queries of the manifest in {@code folder} (below {@link #FOLDER}). */
    public static List<ExampleQuery> load(String folder) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = open(FOLDER + folder + "manifest.ttl")) {
            RDFDataMgr.read(m, in, BASE + folder + "manifest.ttl", Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Property entries = m.createProperty(MF, "entries");
        Property action = m.createProperty(MF, "action");
        Property result = m.createProperty(MF, "result");
        Property target = m.createProperty(SCHEMA, "target");
        Resource manifest = m.listSubjectsWithProperty(entries).nextOptional()
                .orElseThrow(() -> new IllegalStateException("manifest.ttl has no mf:entries"));
        List<ExampleQuery> out = new ArrayList<>();
        for (RDFNode entry : manifest.getPropertyResourceValue(entries).as(org.apache.jena.rdf.model.RDFList.class).asJavaList()) {
            Resource e = entry.asResource();
            String rq = local(e.getPropertyResourceValue(action).getURI());
            Resource res = e.getPropertyResourceValue(result);
            Resource runner = e.getPropertyResourceValue(target);
            out.add(read(rq, res == null ? null : FOLDER + local(res.getURI()), runner == null ? null : runner.getURI()));
        }
        return List.copyOf(out);
    }

    private static ExampleQuery read(String file, String expected, String target) {
        String text = text(FOLDER + file);
        QueryHeader header = QueryHeader.parse(text, file);
        return new ExampleQuery(file.replaceFirst("\\.rq$", ""), header.title(), header.description(), text,
                expected, target);
    }

    private static String local(String iri) {
        if (!iri.startsWith(BASE)) {
            throw new IllegalStateException("manifest entry outside " + FOLDER + ": " + iri);
        }
        return iri.substring(BASE.length());
    }

    /** The text of a classpath resource (UTF-8). */
    public static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = ExampleCatalogue.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing classpath resource " + resource);
        }
        return in;
    }
}
