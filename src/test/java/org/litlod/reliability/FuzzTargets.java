package org.litlod.reliability;

import java.util.List;
import org.litlod.convert.ConversionException;
import org.litlod.convert.registry.ConverterRegistry;
import org.litlod.convert.DocumentConverter;
import org.litlod.convert.SourceText;
import org.litlod.publish.Publisher;
import org.litlod.publish.SeedCorpus;
import org.litlod.rdf.MappingException;
import org.litlod.validate.ShapeViolationException;

/**
 * The fuzz targets: an input must convert, or be refused with a documented error (an exception
 * whose message starts with a stable {@code LITLOD-} id and names the input). Anything else
 * thrown (a {@link RuntimeException}, a {@link StackOverflowError}) is a crash and fails.
 */
final class FuzzTargets {
    static final String NAME = "fuzz-input.txt";
    static final ConverterRegistry REGISTRY = ConverterRegistry.standard();
    private static Publisher publisher;

    private FuzzTargets() {
    }

    /**
     * Runs one converter's detection (which must not throw) and conversion, without the
     * registry's checks of the bytes.
     */
    static void convert(String format, byte[] input) {
        DocumentConverter c = REGISTRY.converter(format).orElseThrow();
        SourceText in = new SourceText(NAME, input);
        c.detect(in.text());
        c.missing(in.text());
        try {
            c.convert(in);
        } catch (ConversionException e) {
            documented(e);
        }
    }

    /** Detects the format and runs the whole pipeline but the store: convert, tag, map, check shapes. */
    static void publish(byte[] input) {
        try {
            pipeline().publish(new SourceText(NAME, input));
        } catch (ConversionException | ShapeViolationException | MappingException e) {
            documented(e);
        }
    }

    /** The names of the registered formats. */
    static List<String> formats() {
        return REGISTRY.formats().stream().map(f -> f.name()).toList();
    }

    private static synchronized Publisher pipeline() {
        if (publisher == null) {
            publisher = SeedCorpus.publisher();
        }
        return publisher;
    }

    private static void documented(Exception e) {
        String m = e.getMessage();
        if (m == null || !m.matches("(?s)LITLOD-[A-Z]+-\\d{3} .*") || !m.contains(NAME)) {
            throw new AssertionError("an error without an id or without the file: " + m, e);
        }
    }
}
