package org.litlod.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.litlod.model.Document;

/**
 * A converter that reads its input one document at a time (PubMed, BioC, ...): it implements
 * {@link #stream(StreamedInput, Consumer)} only; converting a whole {@link SourceText} streams it
 * and collects the documents.
 */
public interface StreamingConverter extends DocumentConverter {

    @Override
    void stream(StreamedInput input, Consumer<Document> sink) throws ConversionException;

    @Override
    default void stream(SourceText input, Consumer<Document> sink) throws ConversionException {
        stream(StreamedInput.of(input), sink);
    }

    @Override
    default List<Document> convert(SourceText input) throws ConversionException {
        List<Document> out = new ArrayList<>();
        stream(input, out::add);
        return out;
    }
}
