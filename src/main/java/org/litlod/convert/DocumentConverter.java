package org.litlod.convert;

import java.util.List;
import org.litlod.model.Document;

/**
 * Reads one input format into the neutral model. Implementations are small, stateless and
 * thread-safe; they build no RDF.
 */
public interface DocumentConverter {

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
}
