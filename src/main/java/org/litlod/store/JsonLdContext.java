package org.litlod.store;

import java.util.Map;
import java.util.TreeMap;
import org.litlod.vocab.Prefixes;

/**
 * The JSON-LD {@code @context} litlod publishes (at {@code /context.jsonld}) and puts inline in
 * its JSON-LD dump: one prefix term per namespace litlod writes, so keys read
 * {@code "dcterms:title"}.
 */
public final class JsonLdContext {
    private JsonLdContext() {
    }

    /** Prefix to namespace, sorted by prefix. */
    public static Map<String, String> prefixes() {
        Map<String, String> m = new TreeMap<>(Prefixes.standard().getNsPrefixMap());
        m.put("void", "http://rdfs.org/ns/void#");
        m.put("dcat", "http://www.w3.org/ns/dcat#");
        m.put("sd", "http://www.w3.org/ns/sparql-service-description#");
        return m;
    }

    /** The context document as JSON text: {@code {"@context": {...}}}. */
    public static String document() {
        StringBuilder b = new StringBuilder("{\n  \"@context\": {\n");
        var it = prefixes().entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            b.append("    \"").append(e.getKey()).append("\": \"").append(e.getValue()).append('"')
                    .append(it.hasNext() ? ",\n" : "\n");
        }
        return b.append("  }\n}\n").toString();
    }
}
