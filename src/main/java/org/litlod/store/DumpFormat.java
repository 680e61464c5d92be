package org.litlod.store;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The whole-dataset dump formats, with the file name and media type each is published under. */
public enum DumpFormat {
    /** Every quad as N-Quads, gzip-compressed. */
    NQUADS_GZ("litlod.nq.gz", "application/gzip", "application/n-quads"),
    /** Every named graph as TriG. */
    TRIG("litlod.trig", "application/trig", "application/trig"),
    /** The union of the named graphs (the SPARQL default graph) as Turtle. */
    TURTLE("litlod.ttl", "text/turtle", "text/turtle"),
    /** Every named graph as JSON-LD with the published litlod context inline. */
    JSONLD("litlod.jsonld", "application/ld+json", "application/ld+json");

    private final String fileName;
    private final String mediaType;
    private final String contentFormat;

    DumpFormat(String fileName, String mediaType, String contentFormat) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.contentFormat = contentFormat;
    }

    /** The file name of the dump ("litlod.nq.gz"). */
    public String fileName() {
        return fileName;
    }

    /** The media type of the file as served. */
    public String mediaType() {
        return mediaType;
    }

    /** The media type of the RDF inside (for gzip, the format that was compressed). */
    public String contentFormat() {
        return contentFormat;
    }

    /** The names the command line shows for the formats, in order ("nq.gz", "trig", "ttl", "jsonld"). */
    public static List<String> names() {
        return Arrays.stream(values()).map(f -> f.fileName.substring(f.fileName.indexOf('.') + 1)).toList();
    }

    /** The format whose file name or enum name (any case, "nq.gz", "trig", "ttl", "jsonld"...) is {@code name}. */
    public static Optional<DumpFormat> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (DumpFormat f : values()) {
            if (f.fileName.equals(n) || f.fileName.endsWith("." + n) || f.name().equalsIgnoreCase(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
