package org.litlod.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * Writes named graphs as one JSON-LD document without holding them in memory: node objects are
 * written as the triples arrive, one per run of triples with the same subject (TDB2 returns a
 * graph's triples grouped by subject; a subject that comes back later is simply a second node
 * object, which JSON-LD merges).
 */
final class JsonLdStreamWriter implements AutoCloseable {
    private final JsonGenerator json;
    private final Map<String, String> prefixes = JsonLdContext.prefixes();

    JsonLdStreamWriter(OutputStream out) throws IOException {
        json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeObjectFieldStart("@context");
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeArrayFieldStart("@graph");
    }

    /** Writes a named graph ({@code name} an IRI) or, with {@code name} null, top-level nodes. */
    void graph(Node name, Iterator<Triple> triples) throws IOException {
        if (name != null) {
            json.writeStartObject();
            json.writeStringField("@id", id(name));
            json.writeArrayFieldStart("@graph");
        }
        Node subject = null;
        Node predicate = null;
        while (triples.hasNext()) {
            Triple t = triples.next();
            if (!t.getSubject().equals(subject)) {
                if (subject != null) {
                    json.writeEndArray();
                    json.writeEndObject();
                }
                subject = t.getSubject();
                predicate = null;
                json.writeStartObject();
                json.writeStringField("@id", id(subject));
            }
            if (!t.getPredicate().equals(predicate)) {
                if (predicate != null) {
                    json.writeEndArray();
                }
                predicate = t.getPredicate();
                json.writeArrayFieldStart(key(predicate));
            }
            value(t.getObject());
        }
        if (subject != null) {
            json.writeEndArray();
            json.writeEndObject();
        }
        if (name != null) {
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private String key(Node p) {
        String iri = p.getURI();
        for (Map.Entry<String, String> e : prefixes.entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && iri.length() > ns.length()
                    && iri.substring(ns.length()).matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                return e.getKey() + ":" + iri.substring(ns.length());
            }
        }
        return iri;
    }

    private static String id(Node n) {
        return n.isBlank() ? "_:b" + n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "") : n.getURI();
    }

    private void value(Node o) throws IOException {
        json.writeStartObject();
        if (o.isLiteral()) {
            json.writeStringField("@value", o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.writeStringField("@language", lang);
            } else if (!XSD.xstring.getURI().equals(o.getLiteralDatatypeURI())
                    && !RDF.dtLangString.getURI().equals(o.getLiteralDatatypeURI())) {
                json.writeStringField("@type", o.getLiteralDatatypeURI());
            }
        } else {
            json.writeStringField("@id", id(o));
        }
        json.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
    }
}
