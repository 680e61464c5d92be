package org.litlod.convert.bioc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litlod.convert.AnnotationTypes;
import org.litlod.convert.SourceRelations;

/** Reads one BioC-JSON document object (as PubTator3 exports it) into a {@link BioCDocument}. */
final class BioCJsonReader {
    private static final List<String> META = List.of("id", "pmid", "pmcid", "journal", "date");

    private BioCJsonReader() {
    }

    static BioCDocument read(JsonNode doc) {
        List<BioCDocument.Passage> passages = new ArrayList<>();
        for (JsonNode p : doc.path("passages")) {
            List<BioCDocument.Annotation> annotations = new ArrayList<>();
            for (JsonNode a : p.path("annotations")) {
                List<int[]> locations = new ArrayList<>();
                for (JsonNode l : a.path("locations")) {
                    locations.add(new int[] {l.path("offset").asInt(-1), l.path("length").asInt(0)});
                }
                annotations.add(new BioCDocument.Annotation(a.path("id").asText(null), infons(a),
                        locations, a.hasNonNull("text") ? a.get("text").asText() : null));
            }
            passages.add(new BioCDocument.Passage(infons(p), p.path("offset").asInt(0),
                    p.path("text").asText(""), annotations));
        }
        Map<String, Object> meta = new HashMap<>();
        for (String key : META) {
            if (doc.hasNonNull(key) && doc.get(key).isValueNode()) {
                meta.put(key, doc.get(key).asText());
            }
        }
        if (doc.path("authors").isArray()) {
            List<String> authors = new ArrayList<>();
            doc.get("authors").forEach(a -> authors.add(a.asText()));
            meta.put("authors", authors);
        }
        List<BioCDocument.Relation> relations = new ArrayList<>();
        for (JsonNode r : doc.path("relations")) {
            relations.add(relation(r, passages));
        }
        return new BioCDocument(doc.path("id").asText(null), infons(doc), passages, relations, meta, 0);
    }

    /**
     * A relation: PubTator3 writes its arguments as infons "role1", "role2" (objects with the
     * entity's "type" and "identifier"); CDR-style exports as infons named after the entity type;
     * BioC proper as nodes whose refid is an annotation id.
     */
    private static BioCDocument.Relation relation(JsonNode r, List<BioCDocument.Passage> passages) {
        JsonNode infons = r.path("infons");
        List<SourceRelations.Argument> arguments = new ArrayList<>();
        infons.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (v.isObject()) {
                arguments.add(new SourceRelations.Argument(e.getKey(), v.path("type").asText(null),
                        v.path("identifier").asText(null)));
            } else if (v.isValueNode() && AnnotationTypes.of(e.getKey()) != null) {
                arguments.add(new SourceRelations.Argument(e.getKey(), e.getKey(), v.asText()));
            }
        });
        if (arguments.isEmpty()) {
            for (JsonNode node : r.path("nodes")) {
                BioCDocument.Annotation a = BioCRelations.annotation(passages, node.path("refid").asText(null));
                if (a != null) {
                    arguments.add(new SourceRelations.Argument(BioCRelations.role(node.path("role").asText(null)),
                            a.infons().get("type"), BioCAnnotations.rawId(a)));
                }
            }
        }
        String type = infons.hasNonNull("relation") ? infons.get("relation").asText() : infons.path("type").asText(null);
        return new BioCDocument.Relation(r.path("id").asText(null), type, arguments,
                infons.path("score").asText(null), 0);
    }

    /** The infons as strings; structured values (lists, objects) as their JSON text. */
    private static Map<String, String> infons(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        n.path("infons").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            if (!v.isNull()) {
                out.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
            }
        });
        return out;
    }
}
