package org.litlod.convert.bioc;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.litlod.convert.ConversionException;
import org.litlod.convert.DocumentConverter;
import org.litlod.convert.StreamingConverter;
import org.litlod.convert.Format;
import org.litlod.convert.FormatConverter;
import org.litlod.convert.StreamedInput;
import org.litlod.model.Document;

/**
 * Reads BioC-JSON: one document object (PubTator3's export), a collection object with a
 * "documents" array, PubTator3's {"PubTator3": [...]} or a bare array of documents; the
 * documents of an array are read one at a time.
 *
 * <p>Error ids: {@value #MALFORMED} not well-formed JSON; {@value #NO_DOCUMENTS} no document
 * object; a document without a title passage is {@value BioCXmlConverter#NO_TITLE}.
 */
public final class BioCJsonConverter extends FormatConverter implements StreamingConverter {
    /** The format this converter reads. */
    public static final Format FORMAT = new Format("bioc-json", "BioC-JSON (PubTator3 export)", "application/json");
    /** The JSON is not well-formed. */
    public static final String MALFORMED = "LITLOD-CONVERT-504";
    /** The JSON holds no BioC document. */
    public static final String NO_DOCUMENTS = "LITLOD-CONVERT-505";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PASSAGES = Pattern.compile("\"passages\"\\s*:\\s*\\[");
    private static final Pattern OFFSET = Pattern.compile("\"offset\"\\s*:\\s*\\d");

    /** A converter that stamps documents with the system clock. */
    public BioCJsonConverter() {
        this(Clock.systemUTC());
    }

    /** A converter that stamps documents with the given clock. */
    public BioCJsonConverter(Clock clock) {
        super(FORMAT, clock);
    }

    @Override
    public int detect(String text) {
        String head = text.length() > 65_536 ? text.substring(0, 65_536) : text;
        String s = head.stripLeading();
        boolean json = s.startsWith("{") || s.startsWith("[");
        return json && PASSAGES.matcher(head).find() && OFFSET.matcher(head).find() ? 90 : 0;
    }

    @Override
    public String missing(String text) {
        return "not JSON with a \"passages\" array";
    }

    @Override
    public void stream(StreamedInput input, Consumer<Document> sink) throws ConversionException {
        int documents = 0;
        try (JsonParser p = JSON.getFactory().createParser(input.stream())) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                documents += array(p, input, sink);
            } else if (t == JsonToken.START_OBJECT) {
                ObjectNode top = JSON.createObjectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if ((field.equals("documents") || field.equals("PubTator3")) && value == JsonToken.START_ARRAY) {
                        documents += array(p, input, sink);
                    } else {
                        top.set(field, p.readValueAsTree());
                    }
                }
                if (top.has("passages")) {
                    emit(top, input, sink);
                    documents++;
                }
            }
        } catch (JsonProcessingException e) {
            throw new ConversionException(MALFORMED, input.name(),
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not well-formed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConversionException(DocumentConverter.UNREADABLE, input.name(), 0, "cannot read: " + e.getMessage());
        }
        if (documents == 0) {
            throw new ConversionException(NO_DOCUMENTS, input.name(), 0, "no BioC document object");
        }
    }

    private int array(JsonParser p, StreamedInput input, Consumer<Document> sink)
            throws IOException, ConversionException {
        int n = 0;
        while (p.nextToken() == JsonToken.START_OBJECT) {
            emit(p.readValueAsTree(), input, sink);
            n++;
        }
        return n;
    }

    private void emit(JsonNode doc, StreamedInput input, Consumer<Document> sink) throws ConversionException {
        sink.accept(BioCDocuments.toDocument(BioCJsonReader.read(doc), input.sourceInfo(this, clock), input.name()));
    }
}
