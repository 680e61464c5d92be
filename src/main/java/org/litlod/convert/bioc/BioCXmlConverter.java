package org.litlod.convert.bioc;

import java.time.Clock;
import java.util.function.Consumer;
import org.litlod.convert.ConversionException;
import org.litlod.convert.StreamingConverter;
import org.litlod.convert.Format;
import org.litlod.convert.FormatConverter;
import org.litlod.convert.StreamedInput;
import org.litlod.convert.XmlCursor;
import org.litlod.convert.XmlRoot;
import org.litlod.model.Document;

/**
 * Reads BioC XML ({@code <collection>} of {@code <document>}s), one document at a time.
 *
 * <p>Error ids: {@value #NO_TITLE} a document has no title passage; {@value #BAD_OFFSET} an
 * offset or length is not a number; {@value #NO_DOCUMENTS} the collection holds no document.
 */
public final class BioCXmlConverter extends FormatConverter implements StreamingConverter {
    /** The format this converter reads. */
    public static final Format FORMAT = new Format("bioc-xml", "BioC XML", "application/xml");
    /** A document has no title passage. */
    public static final String NO_TITLE = "LITLOD-CONVERT-501";
    /** A passage offset or annotation location is not a number. */
    public static final String BAD_OFFSET = "LITLOD-CONVERT-502";
    /** The collection holds no document. */
    public static final String NO_DOCUMENTS = "LITLOD-CONVERT-503";

    /** A converter that stamps documents with the system clock. */
    public BioCXmlConverter() {
        this(Clock.systemUTC());
    }

    /** A converter that stamps documents with the given clock. */
    public BioCXmlConverter(Clock clock) {
        super(FORMAT, clock);
    }

    @Override
    public int detect(String text) {
        XmlRoot root = XmlRoot.of(text);
        return root != null && "collection".equals(root.element()) ? 90 : 0;
    }

    @Override
    public String missing(String text) {
        return "no <collection> root element";
    }

    @Override
    public void stream(StreamedInput input, Consumer<Document> sink) throws ConversionException {
        int documents = 0;
        try (XmlCursor cursor = XmlCursor.open(input.stream(), input.name())) {
            while (cursor.nextStart()) {
                if (cursor.localName().equals("document")) {
                    BioCDocument d = BioCXmlReader.read(cursor.readElement(), input.name());
                    sink.accept(BioCDocuments.toDocument(d, input.sourceInfo(this, clock), input.name()));
                    documents++;
                }
            }
        }
        if (documents == 0) {
            throw new ConversionException(NO_DOCUMENTS, input.name(), 0, "no <document> in the collection");
        }
    }
}
