package org.litlod.convert.registry;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.litlod.convert.ConversionException;
import org.litlod.convert.DocumentConverter;
import org.litlod.convert.Format;
import org.litlod.convert.OptionalFields;
import org.litlod.convert.SourceText;
import org.litlod.convert.StreamedInput;
import org.litlod.convert.StreamingConverter;
import org.litlod.convert.bioc.BioCJsonConverter;
import org.litlod.convert.bioc.BioCXmlConverter;
import org.litlod.convert.jats.JatsConverter;
import org.litlod.convert.portal.PortalRecordConverter;
import org.litlod.convert.pubmed.PubMedXmlConverter;
import org.litlod.convert.pubtator.PubTatorConverter;
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
 * for the format asked for, {@value #UNREADABLE} the input stream cannot be read,
 * {@value #LINE_TOO_LONG} a line of a text (not XML or JSON) input is longer than {@value #MAX_LINE}
 * characters. Text is UTF-8, or
 * UTF-16 with a byte-order mark; anything else (Latin-1, say) is refused as {@value #BINARY}
 * with the byte offset of the first byte that does not decode.
 */
public final class ConverterRegistry {
    /** No converter accepted the input. */
    public static final String NO_CONVERTER = "LITLOD-CONVERT-001";
    /** The input is empty or blank. */
    public static final String EMPTY = "LITLOD-CONVERT-002";
    /** The input holds NUL bytes or is not valid UTF-8 (or UTF-16 after a byte-order mark). */
    public static final String BINARY = "LITLOD-CONVERT-003";
    /** No converter is registered for the format asked for. */
    public static final String UNKNOWN_FORMAT = "LITLOD-CONVERT-004";
    /** The input stream cannot be read. */
    public static final String UNREADABLE = DocumentConverter.UNREADABLE;
    /** How many leading bytes of a stream detection looks at. */
    public static final int DETECTION_HEAD = 65_536;
    /** A line of a text input (not XML or JSON) is longer than {@link #MAX_LINE} characters. */
    public static final String LINE_TOO_LONG = "LITLOD-CONVERT-006";
    /** The longest line litlod reads (1 Mi characters); no real document has a longer one. */
    public static final int MAX_LINE = 1 << 20;
    /** The lowest detection score at which a converter accepts an input. */
    public static final int ACCEPT = 50;

    private final Map<Format, DocumentConverter> converters = new LinkedHashMap<>();

    /** A registry holding the standard converters, stamping conversions with the system clock. */
    public static ConverterRegistry standard() {
        return standard(Clock.systemUTC());
    }

    /** A registry holding the standard converters, stamping conversions by the given clock. */
    public static ConverterRegistry standard(Clock clock) {
        return new ConverterRegistry()
                .register(new PaperSummaryConverter(clock))
                .register(new PortalRecordConverter(clock))
                .register(new WebArticleConverter(clock))
                .register(new PubMedXmlConverter(clock))
                .register(new JatsConverter(clock))
                .register(new BioCXmlConverter(clock))
                .register(new BioCJsonConverter(clock))
                .register(new PubTatorConverter(clock));
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
        return best(checkedText(in), in.name());
    }

    /**
     * Whether the input whose first bytes are {@code head} (up to {@link #DETECTION_HEAD}) is in a
     * format whose converter reads one document at a time, so that its size is no limit.
     */
    public boolean streams(byte[] head) {
        int end = head.length;
        while (end > 0 && (head[end - 1] & 0x80) != 0) {
            end--;
        }
        try {
            String text = checkedText(new SourceText("head", java.util.Arrays.copyOf(head, end)));
            return best(text, "head") instanceof StreamingConverter;
        } catch (ConversionException e) {
            return false;
        }
    }

    private DocumentConverter best(String text, String name) throws ConversionException {
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
            throw new ConversionException(NO_CONVERTER, name, 0,
                    "no converter accepted it: " + String.join("; ", why));
        }
        return best;
    }

    /** Detects the input's format and converts it. */
    public List<Document> convert(SourceText in) throws ConversionException {
        return checked(detect(in).convert(in), in.name());
    }

    /**
     * Detects the format of a byte stream from its first {@value #DETECTION_HEAD} bytes and hands
     * its documents to the sink one at a time; converters that stream (PubMed XML, BioC) keep
     * only the document being read in memory.
     *
     * @throws ConversionException when the stream cannot be read, is empty or binary at its
     *                             start, no converter accepts it, or its conversion fails
     */
    public void stream(StreamedInput in, Consumer<Document> sink) throws ConversionException {
        BufferedInputStream buffered = new BufferedInputStream(in.stream(), DETECTION_HEAD);
        byte[] head;
        try {
            buffered.mark(DETECTION_HEAD);
            head = buffered.readNBytes(DETECTION_HEAD);
            buffered.reset();
        } catch (IOException e) {
            throw new ConversionException(UNREADABLE, in.name(), 0, "cannot read: " + e.getMessage());
        }
        int end = head.length;
        if (end == DETECTION_HEAD) {
            while (end > 0 && (head[end - 1] & 0x80) != 0) {
                end--; // cut after the last ASCII byte, never inside a UTF-8 sequence
            }
        }
        byte[] whole = java.util.Arrays.copyOf(head, end);
        String text = checkedText(new SourceText(in.name(), whole));
        best(text, in.name()).stream(new StreamedInput(in.name(), in.sha256(), buffered, in.published()),
                d -> sink.accept(OptionalFields.check(d, in.name())));
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
        return checked(c.convert(in), in.name());
    }

    /** The documents with their malformed optional fields left out, with warnings ({@link OptionalFields}). */
    private static List<Document> checked(List<Document> documents, String file) {
        return documents.stream().map(d -> OptionalFields.check(d, file)).toList();
    }

    private static String checkedText(SourceText in) throws ConversionException {
        byte[] bytes = in.bytes();
        Charset cs = in.charset();
        if (cs == StandardCharsets.UTF_8) {
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new ConversionException(BINARY, in.name(), 0,
                            "binary input (NUL byte at byte offset " + i + "): expected UTF-8 text,"
                                    + " or UTF-16 with a byte-order mark");
                }
            }
        }
        int bad = firstUndecodable(bytes, cs);
        if (bad >= 0) {
            String what = cs == StandardCharsets.UTF_8
                    ? "not valid UTF-8 at byte offset " + bad + String.format(" (byte 0x%02X)", bytes[bad] & 0xFF)
                            + "; litlod reads UTF-8, or UTF-16 with a byte-order mark: convert the file"
                            + " (a Latin-1 or Windows-1252 file, say, with iconv -f LATIN1 -t UTF-8)"
                    : "not valid " + cs.name() + " at byte offset " + bad;
            throw new ConversionException(BINARY, in.name(), cs == StandardCharsets.UTF_8 ? lineAt(bytes, bad) : 0, what);
        }
        String text = in.text();
        if (text.isBlank()) {
            throw new ConversionException(EMPTY, in.name(), 0,
                    bytes.length == 0 ? "empty input" : "input holds only white space");
        }
        if (!isMarkup(text)) {
            checkLineLengths(in.name(), text);
        }
        return text;
    }

    /** The byte offset of the first sequence that does not decode in {@code cs}, or -1. */
    private static int firstUndecodable(byte[] bytes, Charset cs) {
        int skip = cs == StandardCharsets.UTF_8 ? 0 : 2;
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buf = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(buf, out, true);
            if (r.isError()) {
                return buf.position();
            }
            if (!r.isOverflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /** The 1-based line of a byte offset in UTF-8 bytes. */
    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Whether the text is XML or JSON (its first non-blank character is {@code <}, {@code {} or
     * {@code [}): their parsers read by token, and one-line exports are common, so the line limit
     * is for the line-oriented text formats only.
     */
    private static boolean isMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '<' || c == '{' || c == '[';
            }
        }
        return false;
    }

    private static void checkLineLengths(String name, String text) throws ConversionException {
        int line = 1;
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                length = 0;
            } else if (++length > MAX_LINE) {
                throw new ConversionException(LINE_TOO_LONG, name, line,
                        "line longer than " + MAX_LINE + " characters; litlod reads text with shorter lines");
            }
        }
    }
}
