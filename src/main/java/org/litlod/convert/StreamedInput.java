package org.litlod.convert;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.litlod.model.SourceInfo;

/**
 * An input read as a stream of UTF-8 bytes, for files too large to hold as a {@link SourceText}:
 * the name used in messages, the name published in provenance, the SHA-256 of the bytes (computed by the caller, for
 * example in a first pass) and the stream itself, which the converter reads once and does not
 * close.
 */
public record StreamedInput(String name, String sha256, InputStream stream, String published) {
    public StreamedInput {
        published = PublishedName.check(published);
    }

    /** An input published under the last segment of its name (no folders). */
    public StreamedInput(String name, String sha256, InputStream stream) {
        this(name, sha256, stream, PublishedName.lastSegment(name));
    }

    /** The bytes of a source text as a UTF-8 stream (UTF-16 text is re-encoded; the hash is of the bytes as given). */
    public static StreamedInput of(SourceText in) {
        byte[] utf8 = in.charset() == StandardCharsets.UTF_8 ? in.bytes() : in.text().getBytes(StandardCharsets.UTF_8);
        return new StreamedInput(in.name(), in.sha256(), new ByteArrayInputStream(utf8), in.published());
    }

    /** The provenance of each document read from this input by the converter, stamped by the clock. */
    public SourceInfo sourceInfo(DocumentConverter converter, Clock clock) {
        return new SourceInfo(published, sha256, converter.format().name(), converter.getClass().getName(),
                converter.version(), clock.instant());
    }
}
