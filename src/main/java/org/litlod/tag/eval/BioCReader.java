package org.litlod.tag.eval;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.litlod.model.EntityType;

/**
 * Reads gold documents from BioC XML with StAX. DTDs and external entities are not processed.
 * The passage whose {@code type} infon is "title" gives the title, "abstract" the abstract;
 * annotation offsets are document offsets as BioC writes them. The identifier is taken from
 * the {@code MESH} or {@code identifier} infon. The parts of a composite mention that CDR adds
 * next to it ({@code CompositeRole} "IndividualMention", often discontinuous) are skipped, so
 * that the gold is the one the PubTator file of the same corpus gives.
 */
public final class BioCReader {

    /** Every document of {@code in}. */
    public List<GoldDocument> read(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(in);
        List<GoldDocument> out = new ArrayList<>();
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("document")) {
                    out.add(document(r));
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    private static GoldDocument document(XMLStreamReader r) throws XMLStreamException {
        String id = null;
        String title = "";
        String abstractText = "";
        List<GoldAnnotation> annotations = new ArrayList<>();
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("document")) {
                break;
            }
            if (e != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "id" -> id = r.getElementText().trim();
                case "passage" -> {
                    Map<String, String> infons = new HashMap<>();
                    String text = passage(r, infons, annotations);
                    String type = infons.getOrDefault("type", "");
                    if (type.equalsIgnoreCase("title")) {
                        title = text;
                    } else if (type.equalsIgnoreCase("abstract")) {
                        abstractText = text;
                    }
                }
                default -> { }
            }
        }
        return new GoldDocument(id, title, abstractText, annotations);
    }

    private static String passage(XMLStreamReader r, Map<String, String> infons,
                                  List<GoldAnnotation> annotations) throws XMLStreamException {
        String text = "";
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("passage")) {
                break;
            }
            if (e != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "infon" -> infons.put(r.getAttributeValue(null, "key"), r.getElementText());
                case "text" -> text = r.getElementText();
                case "annotation" -> {
                    GoldAnnotation a = annotation(r);
                    if (a != null) {
                        annotations.add(a);
                    }
                }
                default -> { }
            }
        }
        return text;
    }

    private static GoldAnnotation annotation(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> infons = new HashMap<>();
        int start = Integer.MAX_VALUE;
        int end = -1;
        String text = "";
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("annotation")) {
                break;
            }
            if (e != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "infon" -> infons.put(r.getAttributeValue(null, "key"), r.getElementText());
                case "location" -> {
                    int o = Integer.parseInt(r.getAttributeValue(null, "offset"));
                    int l = Integer.parseInt(r.getAttributeValue(null, "length"));
                    start = Math.min(start, o);
                    end = Math.max(end, o + l);
                }
                case "text" -> text = r.getElementText();
                default -> { }
            }
        }
        EntityType type = GoldTypes.type(infons.getOrDefault("type", ""));
        if (type == null || end < 0 || "IndividualMention".equals(infons.get("CompositeRole"))) {
            return null;
        }
        String ids = infons.containsKey("MESH") ? infons.get("MESH") : infons.get("identifier");
        return new GoldAnnotation(start, end, text, type, GoldTypes.ids(ids));
    }
}
