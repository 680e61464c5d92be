package org.litlod.convert;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.litlod.convert.portal.PortalRecordConverter;
import org.litlod.convert.summary.PaperSummaryConverter;
import org.litlod.convert.webarticle.WebArticleConverter;
import org.litlod.model.Document;

/**
 * The converters litlod knows, keyed by their {@link Format}. Picks the converter for an input
 * by its content (the converters' {@link DocumentConverter#detect detect} scores), never by its
 * file name.
 *
 * <p>Error ids: {@value #NO_CONVERTER} no converter accepted the input, {@value #EMPTY} the input
 * is empty, {@value #BINARY} the input is not UTF-8 text, {@value #UNKNOWN_FORMAT} no converter
 * for the format asked for.
 */
public final class ConverterRegistry {
    /** No converter accepted the input. */
    public static final String NO_CONVERTER = "LITLOD-CONVERT-001";
    /** The input is empty or blank. */
    public static final String EMPTY = "LITLOD-CONVERT-002";
    /** The input holds NUL bytes or is not valid UTF-8. */
    public static final String BINARY = "LITLOD-CONVERT-003";
    /** No converter is registered for the format asked for. */
    public static final String UNKNOWN_FORMAT = "LITLOD-CONVERT-004";
    /** The lowest detection score at which a converter accepts an input. */
    public static final int ACCEPT = 50;

    private final Map<Format, DocumentConverter> converters = new LinkedHashMap<>();

    /** A registry holding the three standard converters, stamping conversions with the system clock. */
    public static ConverterRegistry standard() {
        return standard(Clock.systemUTC());
    }

    /** A registry holding the three standard converters, stamping conversions by the given clock. */
    public static ConverterRegistry standard(Clock clock) {
        return new ConverterRegistry()
                .register(new PaperSummaryConverter(clock))
                .register(new PortalRecordConverter(clock))
                .register(new WebArticleConverter(clock));
    }

    /** Adds a converter under its format; a converter for the same format name is replaced. */
    public ConverterRegistry register(DocumentConverter converter) {
        converters.keySet().removeIf(f -> f.name().equals(converter.format().name()));
        converters.put(converter.format(), converter);
        return this;
    }

    /** The registered formats in registration order. */
    public List<Format> formats() {
        return List.copyOf(converters.keySet());
    }

    /** The converter for a format name ("paper-summary"), if one is registered. */
    public Optional<DocumentConverter> converter(String formatName) {
        return converters.values().stream().filter(c -> c.format().name().equals(formatName)).findFirst();
    }

    /**
     * The converter that scores highest on the input's content (at least {@value #ACCEPT}).
     *
     * @throws ConversionException when the input is empty, binary, or no converter accepts it
     */
    public DocumentConverter detect(SourceText in) throws ConversionException {
        String text = checkedText(in);
        DocumentConverter best = null;
        int bestScore = ACCEPT - 1;
        for (DocumentConverter c : converters.values()) {
            int score = c.detect(text);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best == null) {
            List<String> why = new ArrayList<>();
            for (DocumentConverter c : converters.values()) {
                why.add(c.format().name() + ": " + c.missing(text));
            }
            throw new ConversionException(NO_CONVERTER, in.name(), 0,
                    "no converter accepted it: " + String.join("; ", why));
        }
        return best;
    }

    /** Detects the input's format and converts it. */
    public List<Document> convert(SourceText in) throws ConversionException {
        return detect(in).convert(in);
    }

    /**
     * Converts the input with the converter of the named format, without detection (for a format
     * the user names).
     *
     * @throws ConversionException when the input is empty or binary, or no converter has the format
     */
    public List<Document> convert(SourceText in, String formatName) throws ConversionException {
        checkedText(in);
        DocumentConverter c = converter(formatName).orElseThrow(() -> new ConversionException(UNKNOWN_FORMAT,
                in.name(), 0, "no converter for format '" + formatName + "' (known: "
                        + String.join(", ", formats().stream().map(Format::name).toList()) + ")"));
        return c.convert(in);
    }

    private static String checkedText(SourceText in) throws ConversionException {
        byte[] bytes = in.bytes();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ConversionException(BINARY, in.name(), 0,
                        "binary input (NUL byte at offset " + i + "), expected UTF-8 text");
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new ConversionException(BINARY, in.name(), 0,
                    "binary input (not valid UTF-8), expected UTF-8 text");
        }
        String text = in.text();
        if (text.isBlank()) {
            throw new ConversionException(EMPTY, in.name(), 0,
                    bytes.length == 0 ? "empty input" : "input holds only white space");
        }
        return text;
    }
}
