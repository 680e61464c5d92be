package org.litlod.tag.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.litlod.model.EntityType;
import org.litlod.model.IdScheme;
import org.litlod.model.Identifier;

/**
 * Streams NLM's MeSH XML ({@code descYYYY.xml} descriptor records and {@code suppYYYY.xml}
 * supplementary concept records) with StAX into {@link MeshRecord}s: UI, record name, tree
 * numbers and the strings of every term. The parser resolves no DTD and no external entity.
 * A descriptor's type comes from its tree numbers; an SCR's from its {@code SCRClass}
 * (1 chemical, 3 disease, 4 organism; protocols and the rest have none).
 */
public final class MeshXmlReader {

    private static final Map<String, EntityType> SCR_CLASSES =
            Map.of("1", EntityType.CHEMICAL, "3", EntityType.DISEASE, "4", EntityType.SPECIES);

    /** Reads every record of {@code in} into {@code sink}; returns how many. */
    public int read(InputStream in, Consumer<MeshRecord> sink) throws IOException {
        try {
            XMLStreamReader xml = factory().createXMLStreamReader(VocabularyFiles.decompressed(in));
            try {
                return read(xml, sink);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("MeSH XML: " + e.getMessage(), e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    private static int read(XMLStreamReader xml, Consumer<MeshRecord> sink) throws XMLStreamException {
        Deque<String> path = new ArrayDeque<>();
        Builder record = null;
        int count = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                String name = path.pop();
                if (record != null && isRecord(name)) {
                    sink.accept(record.build());
                    count++;
                    record = null;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            String parent = path.peek();
            if (isRecord(name)) {
                record = new Builder(name.equals("SupplementalRecord"), xml.getAttributeValue(null, "SCRClass"));
            } else if (record != null && isRecord(parent)
                    && (name.equals("DescriptorUI") || name.equals("SupplementalRecordUI"))) {
                record.ui = text(xml);
                continue;
            } else if (record != null && name.equals("String") && isRecordName(parent) && depth(path) == 2) {
                record.label = text(xml);
                continue;
            } else if (record != null && name.equals("String") && "Term".equals(parent)) {
                record.names.add(text(xml));
                continue;
            } else if (record != null && name.equals("TreeNumber") && "TreeNumberList".equals(parent)
                    && depth(path) == 2) {
                record.trees.add(text(xml));
                continue;
            }
            path.push(name);
        }
        return count;
    }

    /** The text of the current element; entity references (never resolved) are dropped. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> { }
            }
        }
        return text.toString().trim();
    }

    private static int depth(Deque<String> path) {
        return path.size() - 1;
    }

    private static boolean isRecord(String name) {
        return "DescriptorRecord".equals(name) || "SupplementalRecord".equals(name);
    }

    private static boolean isRecordName(String name) {
        return "DescriptorName".equals(name) || "SupplementalRecordName".equals(name);
    }

    private static final class Builder {
        final boolean supplementary;
        final String scrClass;
        String ui;
        String label;
        final Set<String> names = new LinkedHashSet<>();
        final List<String> trees = new ArrayList<>();

        Builder(boolean supplementary, String scrClass) {
            this.supplementary = supplementary;
            this.scrClass = scrClass;
        }

        MeshRecord build() {
            EntityType type = supplementary ? SCR_CLASSES.get(scrClass) : MeshRecord.typeOfTrees(trees);
            if (label != null) {
                names.add(label);
            }
            return new MeshRecord(new Identifier(IdScheme.MESH, ui), label, type, new ArrayList<>(names), trees);
        }
    }
}
