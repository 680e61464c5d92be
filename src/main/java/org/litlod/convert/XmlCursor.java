package org.litlod.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A forward-only pass over an XML input with DTDs and external entities switched off. It refuses
 * entity declarations (the XXE and "billion laughs" attacks need them) and elements nested deeper
 * than {@value #MAX_DEPTH}, and reports every problem with the file, the line and the element
 * path. Records are read one at a time into {@link XmlNode}s with {@link #readElement()}.
 *
 * <p>Error ids: {@value #MALFORMED} not well-formed XML; {@value #ENTITY_DECLARATION} the document
 * type declares entities; {@value #TOO_DEEP} elements nested too deeply.
 */
public final class XmlCursor implements AutoCloseable {
    /** The XML is not well-formed (or refers to an entity that is not declared). */
    public static final String MALFORMED = "LITLOD-CONVERT-010";
    /** The document type declaration declares entities: refused (XXE, entity expansion). */
    public static final String ENTITY_DECLARATION = "LITLOD-CONVERT-011";
    /** Elements are nested deeper than {@value #MAX_DEPTH}. */
    public static final String TOO_DEEP = "LITLOD-CONVERT-012";
    /** The deepest element nesting accepted. */
    public static final int MAX_DEPTH = 200;

    private static final XMLInputFactory FACTORY = secureFactory();
    private static final int HEAD = 65_536;

    private final XMLStreamReader reader;
    private final String file;
    private final Deque<String> path = new ArrayDeque<>();

    private XmlCursor(XMLStreamReader reader, String file) {
        this.reader = reader;
        this.file = file;
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLReporter((message, type, info, location) -> {
            // problems surface as XMLStreamExceptions; nothing is printed
        });
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    /** Opens a cursor on the bytes of {@code in}; {@code file} names it in messages. */
    public static XmlCursor open(InputStream in, String file) throws ConversionException {
        try {
            BufferedReader reader = utf8(in);
            refuseEntityDeclarations(reader, file);
            return new XmlCursor(FACTORY.createXMLStreamReader(reader), file);
        } catch (XMLStreamException | IOException e) {
            throw new ConversionException(MALFORMED, file, 0, "not well-formed XML: " + describe(e));
        }
    }

    /**
     * The bytes decoded strictly as UTF-8 (the only encoding litlod reads), a leading BOM dropped;
     * decoding here keeps the JDK parser from printing its own messages on bad bytes.
     */
    private static BufferedReader utf8(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), HEAD);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    /**
     * Moves to the next start tag anywhere below the current position.
     *
     * @return false at the end of the document
     */
    public boolean nextStart() throws ConversionException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                return false;
            }
        }
    }

    /** The local name of the current start tag. */
    public String localName() {
        return reader.getLocalName();
    }

    /** The element path of the current position ("/PubmedArticleSet/PubmedArticle"); long ones elided. */
    public String path() {
        List<String> names = new ArrayList<>(path);
        java.util.Collections.reverse(names);
        if (names.size() > 12) {
            names = new ArrayList<>(List.of(String.join("/", names.subList(0, 5)), "\u2026",
                    String.join("/", names.subList(names.size() - 5, names.size()))));
        }
        return "/" + String.join("/", names);
    }

    /** The current line (1-based), or 0 when unknown. */
    public int line() {
        int line = reader.getLocation() == null ? 0 : reader.getLocation().getLineNumber();
        return Math.max(line, 0);
    }

    /** An error at the current place, the element path in the message. */
    public ConversionException error(String errorId, String what) {
        return new ConversionException(errorId, file, line(), what + " (at " + path() + ")");
    }

    /** Reads the element whose start tag is current, up to and including its end tag. */
    public XmlNode readElement() throws ConversionException {
        String name = reader.getLocalName();
        int line = line();
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attrs.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        List<Object> content = new ArrayList<>();
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> content.add(readElement());
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        content.add(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlNode(name, attrs, content, line);
                }
                case XMLStreamConstants.END_DOCUMENT -> throw error(MALFORMED, "unexpected end of document");
                default -> { }
            }
        }
    }

    private int next() throws ConversionException {
        int event;
        try {
            if (!path.isEmpty() && reader.getEventType() == XMLStreamConstants.END_ELEMENT) {
                path.pop();
            }
            if (!reader.hasNext()) {
                return XMLStreamConstants.END_DOCUMENT;
            }
            event = reader.next();
        } catch (XMLStreamException e) {
            throw error(MALFORMED, "not well-formed XML: " + describe(e));
        }
        if (event == XMLStreamConstants.DTD && reader.getText() != null
                && reader.getText().contains("<!ENTITY")) {
            throw error(ENTITY_DECLARATION, "the document type declares entities;"
                    + " entity declarations are refused (external entities, entity expansion)");
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
            path.push(reader.getLocalName());
            if (path.size() > MAX_DEPTH) {
                throw error(TOO_DEEP, "elements nested deeper than " + MAX_DEPTH);
            }
        }
        return event;
    }

    /** Looks at the document type declaration before parsing: entity declarations are refused. */
    private static void refuseEntityDeclarations(BufferedReader reader, String file)
            throws IOException, ConversionException {
        char[] head = new char[HEAD];
        reader.mark(HEAD);
        int n = reader.read(head, 0, HEAD);
        reader.reset();
        String text = n <= 0 ? "" : new String(head, 0, n);
        XmlRoot root = XmlRoot.of(text);
        if (root == null || root.doctype() == null) {
            return;
        }
        int doctype = text.indexOf("<!DOCTYPE");
        int subset = text.indexOf('[', doctype);
        int end = text.indexOf('>', doctype);
        int entity = subset < 0 || end >= 0 && end < subset ? -1 : text.indexOf("<!ENTITY", subset);
        if (entity >= 0) {
            int line = (int) text.substring(0, entity).chars().filter(c -> c == '\n').count() + 1;
            throw new ConversionException(ENTITY_DECLARATION, file, line, "the document type declares entities;"
                    + " entity declarations are refused (external entities, entity expansion)");
        }
    }

    private static String describe(Exception e) {
        for (Throwable t = e; t != null; t = t instanceof XMLStreamException x && x.getNestedException() != null
                ? x.getNestedException() : t.getCause()) {
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return "bytes that are not UTF-8";
            }
        }
        return firstLine(e.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.lastIndexOf("Message: ");
        String m = nl >= 0 ? message.substring(nl + 9) : message;
        return m.lines().findFirst().orElse("").strip();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing left to release
        }
    }
}
