package org.litlod.convert;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.litlod.model.Document;

/**
 * Reads one input format into the neutral model. Implementations are small, stateless and
 * thread-safe; they build no RDF.
 */
public interface DocumentConverter {
    /** Error id: the input stream cannot be read. */
    String UNREADABLE = "LITLOD-CONVERT-005";


    /** The format this converter reads. */
    Format format();

    /** Version of the converter, recorded in provenance. */
    default String version() {
        return "1";
    }

    /**
     * How confident this converter is that the text is in its format: 0 (not at all) to 100
     * (certain), from content only. Must be cheap and must not throw.
     */
    int detect(String text);

    /**
     * Says briefly what the text lacks to be in this format ("no '**Authors:**' line"), used in
     * the message when no converter accepts an input. Must be cheap and must not throw.
     */
    default String missing(String text) {
        return "not recognised";
    }

    /**
     * Converts the input into one or more documents.
     *
     * @throws ConversionException with the file name, the place (line) and what is wrong
     */
    List<Document> convert(SourceText input) throws ConversionException;

    /**
     * Hands the documents of the input to the sink one at a time. Converters of formats that hold
     * many documents per file (PubMed XML, BioC) override this so that the documents are never
     * all in memory; the default converts the whole input first.
     *
     * @throws ConversionException with the file name, the place and what is wrong
     */
    default void stream(SourceText input, Consumer<Document> sink) throws ConversionException {
        for (Document d : convert(input)) {
            sink.accept(d);
        }
    }

    /**
     * Hands the documents of a byte stream to the sink one at a time, without holding the bytes
     * when the converter streams; the default reads all bytes and calls
     * {@link #stream(SourceText, Consumer)}.
     *
     * @throws ConversionException with the file name, the place and what is wrong
     */
    default void stream(StreamedInput input, Consumer<Document> sink) throws ConversionException {
        byte[] bytes;
        try {
            bytes = input.stream().readAllBytes();
        } catch (IOException e) {
            throw new ConversionException(DocumentConverter.UNREADABLE, input.name(), 0, "cannot read: " + e.getMessage());
        }
        stream(new SourceText(input.name(), bytes, input.published()), sink);
    }
}
