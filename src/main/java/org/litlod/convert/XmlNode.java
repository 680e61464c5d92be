package org.litlod.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One XML element read into memory: its local name, attributes (by local name), content (text
 * as {@link String}s and child elements as {@code XmlNode}s, in document order) and the line it
 * starts on. Converters read one record at a time into a node (a PubMed article, a BioC
 * document), so memory stays bounded however long the file is.
 */
public record XmlNode(String name, Map<String, String> attributes, List<Object> content, int line) {
    public XmlNode {
        attributes = Map.copyOf(attributes);
        content = List.copyOf(content);
    }

    /** The attribute's value, or null. */
    public String attr(String localName) {
        return attributes.get(localName);
    }

    /** The child elements in order. */
    public List<XmlNode> elements() {
        List<XmlNode> out = new ArrayList<>();
        for (Object o : content) {
            if (o instanceof XmlNode n) {
                out.add(n);
            }
        }
        return out;
    }

    /** The first child element with this name, or null. */
    public XmlNode child(String localName) {
        for (Object o : content) {
            if (o instanceof XmlNode n && n.name.equals(localName)) {
                return n;
            }
        }
        return null;
    }

    /** The child elements with this name, in order. */
    public List<XmlNode> children(String localName) {
        return elements().stream().filter(n -> n.name.equals(localName)).toList();
    }

    /** The first element at a slash-separated path of child names ("Article/Journal/Title"), or null. */
    public XmlNode find(String path) {
        List<XmlNode> all = findAll(path);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every element at a slash-separated path of child names, in document order. */
    public List<XmlNode> findAll(String path) {
        List<XmlNode> current = List.of(this);
        for (String step : path.split("/")) {
            List<XmlNode> next = new ArrayList<>();
            for (XmlNode n : current) {
                next.addAll(n.children(step));
            }
            current = next;
        }
        return current;
    }

    /** Every descendant element with this name, in document order (not this node itself). */
    public List<XmlNode> descendants(String localName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode n : elements()) {
            if (n.name.equals(localName)) {
                out.add(n);
            }
            out.addAll(n.descendants(localName));
        }
        return out;
    }

    /** All text inside this element, exactly as written (entities resolved, markup dropped). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        appendText(sb);
        return sb.toString();
    }

    /** All text inside this element except inside descendants with the given names. */
    public String textExcept(java.util.Set<String> skipped) {
        StringBuilder sb = new StringBuilder();
        appendText(sb, skipped);
        return sb.toString();
    }

    private void appendText(StringBuilder sb) {
        appendText(sb, java.util.Set.of());
    }

    private void appendText(StringBuilder sb, java.util.Set<String> skipped) {
        for (Object o : content) {
            if (o instanceof XmlNode n) {
                if (!skipped.contains(n.name)) {
                    n.appendText(sb, skipped);
                }
            } else {
                sb.append((String) o);
            }
        }
    }

    /** The text with runs of white space collapsed to one space and trimmed; null when blank. */
    public String cleanText() {
        return clean(text());
    }

    /** The clean text of the element at the path, or null when it is absent or blank. */
    public String textAt(String path) {
        XmlNode n = find(path);
        return n == null ? null : n.cleanText();
    }

    /** Collapses white space runs to one space and trims; null for null or blank text. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }
}
