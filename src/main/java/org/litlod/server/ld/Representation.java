package org.litlod.server.ld;

import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.Lang;

/**
 * The forms in which litlod serves a resource: four RDF syntaxes and an HTML page, each with
 * its media type, the file extension of its explicit-format URL and the other media types
 * clients use for it.
 */
public enum Representation {
    TURTLE("text/turtle", "ttl", Lang.TURTLE, List.of("application/x-turtle")),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD, List.of("application/json")),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML, List.of("application/xml", "text/xml")),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES, List.of()),
    HTML("text/html", "html", null, List.of("application/xhtml+xml"));

    private final String mediaType;
    private final String extension;
    private final Lang lang;
    private final List<String> aliases;

    Representation(String mediaType, String extension, Lang lang, List<String> aliases) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
        this.aliases = aliases;
    }

    /** The media type sent in Content-Type. */
    public String mediaType() {
        return mediaType;
    }

    /** The extension of explicit-format URLs, without the dot. */
    public String extension() {
        return extension;
    }

    /** The Jena language, or null for HTML. */
    public Lang lang() {
        return lang;
    }

    /** Whether {@code type} ("text/turtle", lower case) names this representation. */
    public boolean answers(String type) {
        return mediaType.equals(type) || aliases.contains(type);
    }

    /** The RDF representations, in the server's order of preference. */
    public static List<Representation> rdf() {
        return List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);
    }

    /** The representation whose extension is {@code ext} ("ttl", "jsonld"...). */
    public static Optional<Representation> ofExtension(String ext) {
        for (Representation r : values()) {
            if (r.extension.equals(ext)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
