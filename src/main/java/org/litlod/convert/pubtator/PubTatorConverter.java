package org.litlod.convert.pubtator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
 * Reads PubTator's tab format: each document's title and abstract, and its annotations as
 * mentions found by {@link org.litlod.model.Mention.Evidence#SOURCE_ANNOTATION} (offsets count
 * over title, a newline, then abstract; they are mapped onto the model's title and abstract).
 * Relation lines ("PMID, CID, chemical, disease") become relations asserted by the source.
 *
 * <p>Error ids: {@value #BAD_LINE} an annotation line cannot be read; {@value #NO_TITLE} a
 * document has no (or an empty) title line; {@value #NO_DOCUMENTS} the file holds no document.
 */
public final class PubTatorConverter extends FormatConverter implements StreamingConverter {
    /** The format this converter reads. */
    public static final Format FORMAT = new Format("pubtator", "PubTator tab format", "text/plain");
    /** An annotation line cannot be read. */
    public static final String BAD_LINE = "LITLOD-CONVERT-701";
    /** A document has no title line, or an empty one. */
    public static final String NO_TITLE = "LITLOD-CONVERT-702";
    /** The file holds no document. */
    public static final String NO_DOCUMENTS = "LITLOD-CONVERT-703";

    static final Pattern TEXT_LINE = Pattern.compile("([^|\\t]+)\\|([ta])\\|(.*)");
    private static final Pattern FIRST_LINE = Pattern.compile("\\A\\s*[^|\\t\\s]+\\|t\\|");

    /** A converter that stamps documents with the system clock. */
    public PubTatorConverter() {
        this(Clock.systemUTC());
    }

    /** A converter that stamps documents with the given clock. */
    public PubTatorConverter(Clock clock) {
        super(FORMAT, clock);
    }

    @Override
    public int detect(String text) {
        return FIRST_LINE.matcher(text).find() ? 90 : 0;
    }

    @Override
    public String missing(String text) {
        return "no 'PMID|t|title' first line";
    }

    @Override
    public void stream(StreamedInput input, Consumer<Document> sink) throws ConversionException {
        int documents = 0;
        PubTatorBlock block = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(input.stream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                var m = TEXT_LINE.matcher(line);
                if (m.matches() && m.group(2).equals("t")) {
                    if (block != null) {
                        sink.accept(block.toDocument(input.sourceInfo(this, clock)));
                        documents++;
                    }
                    block = new PubTatorBlock(input.name(), number, m.group(1), m.group(3));
                } else if (block == null) {
                    throw new ConversionException(NO_TITLE, input.name(), number, "line before any 'PMID|t|title' line");
                } else if (m.matches()) {
                    block.abstractLine(m.group(3));
                } else {
                    block.annotationLine(line, number);
                }
            }
        } catch (IOException e) {
            throw new ConversionException(DocumentConverter.UNREADABLE, input.name(), 0, "cannot read: " + e.getMessage());
        }
        if (block != null) {
            sink.accept(block.toDocument(input.sourceInfo(this, clock)));
            documents++;
        }
        if (documents == 0) {
            throw new ConversionException(NO_DOCUMENTS, input.name(), 0, "no 'PMID|t|title' line");
        }
    }
}
