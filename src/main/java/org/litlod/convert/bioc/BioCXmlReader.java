package org.litlod.convert.bioc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.litlod.convert.AnnotationTypes;
import org.litlod.convert.ConversionException;
import org.litlod.convert.SourceRelations;
import org.litlod.convert.XmlNode;

/** Reads a BioC XML {@code <document>} element. */
final class BioCXmlReader {
    private BioCXmlReader() {
    }

    static BioCDocument read(XmlNode doc, String file) throws ConversionException {
        List<BioCDocument.Passage> passages = new ArrayList<>();
        for (XmlNode p : doc.children("passage")) {
            List<BioCDocument.Annotation> annotations = new ArrayList<>();
            for (XmlNode a : p.children("annotation")) {
                List<int[]> locations = new ArrayList<>();
                for (XmlNode l : a.children("location")) {
                    locations.add(new int[] {number(l, "offset", file), number(l, "length", file)});
                }
                XmlNode text = a.child("text");
                annotations.add(new BioCDocument.Annotation(a.attr("id"), infons(a), locations,
                        text == null ? null : text.text()));
            }
            XmlNode offset = p.child("offset");
            XmlNode text = p.child("text");
            int at = 0;
            try {
                at = offset == null ? 0 : Integer.parseInt(offset.text().strip());
            } catch (NumberFormatException e) {
                throw new ConversionException(BioCXmlConverter.BAD_OFFSET, file, offset.line(),
                        "passage offset is not a number: '" + offset.text().strip() + "'");
            }
            passages.add(new BioCDocument.Passage(infons(p), at, text == null ? "" : text.text(), annotations));
        }
        String id = doc.textAt("id");
        List<BioCDocument.Relation> relations = new ArrayList<>();
        for (XmlNode r : doc.children("relation")) {
            relations.add(relation(r, passages));
        }
        return new BioCDocument(id, infons(doc), passages, relations, Map.of(), doc.line());
    }

    /**
     * A relation: CDR writes its arguments as infons named after the entity type ("Chemical",
     * "Disease"); BioC proper as nodes whose refid is an annotation id, with a role.
     */
    private static BioCDocument.Relation relation(XmlNode r, List<BioCDocument.Passage> passages) {
        Map<String, String> infons = infons(r);
        List<SourceRelations.Argument> arguments = new ArrayList<>();
        infons.forEach((key, value) -> {
            if (AnnotationTypes.of(key) != null) {
                arguments.add(new SourceRelations.Argument(key, key, value));
            }
        });
        for (XmlNode node : r.children("node")) {
            BioCDocument.Annotation a = BioCRelations.annotation(passages, node.attr("refid"));
            if (a != null) {
                arguments.add(new SourceRelations.Argument(BioCRelations.role(node.attr("role")),
                        a.infons().get("type"), BioCAnnotations.rawId(a)));
            }
        }
        String type = infons.containsKey("relation") ? infons.get("relation") : infons.get("type");
        return new BioCDocument.Relation(r.attr("id"), type, arguments, infons.get("score"), r.line());
    }

    private static Map<String, String> infons(XmlNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        for (XmlNode i : n.children("infon")) {
            String key = i.attr("key");
            if (key != null && !out.containsKey(key)) {
                out.put(key, i.text().strip());
            }
        }
        return out;
    }

    private static int number(XmlNode location, String attr, String file) throws ConversionException {
        String v = location.attr(attr);
        try {
            return Integer.parseInt(v == null ? "" : v.strip());
        } catch (NumberFormatException e) {
            throw new ConversionException(BioCXmlConverter.BAD_OFFSET, file, location.line(),
                    "location " + attr + " is not a number: '" + v + "'");
        }
    }
}
